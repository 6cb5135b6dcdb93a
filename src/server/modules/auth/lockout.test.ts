import { describe, expect, it } from 'vitest';
import { accountAfterSuccess, emptyCounter, gate, pairAfterSuccess, type AttemptCounter, type LockoutPolicy } from './lockout';

const policy: LockoutPolicy = { maxFailures: 3, lockMinutes: 15, maxLockMinutes: 60, accountMaxFailures: 6, accountLockMinutes: 15 };
const MIN = 60_000;

/** Runs failing attempts through the gate like the service does, returning the final counters. */
function fail(times: number, pair: AttemptCounter, account: AttemptCounter, now: number) {
  for (let i = 0; i < times; i++) {
    const g = gate(pair, account, now, policy);
    pair = g.pair;
    account = g.account;
  }
  return { pair, account };
}

describe('lock-out rules', () => {
  it('reserves a try per attempt and refuses the one after the last, before any password check', () => {
    const now = Date.now();
    const { pair, account } = fail(2, emptyCounter(), emptyCounter(), now);
    const third = gate(pair, account, now, policy);
    expect(third).toMatchObject({ allowed: true, lockedMs: 15 * MIN });
    const fourth = gate(third.pair, third.account, now, policy);
    expect(fourth).toMatchObject({ allowed: false, retryMs: 15 * MIN });
    expect(fourth.pair.failures).toBe(3); // a refused attempt does not count
  });

  it('doubles the lock of a pair each time in a row, up to the cap, and forgets it after a success', () => {
    let now = Date.now();
    const first = fail(3, emptyCounter(), emptyCounter(), now);
    let pair = first.pair;
    const account = first.account;
    expect(pair.lockedUntil!.getTime() - now).toBe(15 * MIN);
    now += 16 * MIN;
    ({ pair } = fail(3, pair, accountAfterSuccess({ ...account, failures: 0 }), now));
    expect(pair.lockedUntil!.getTime() - now).toBe(30 * MIN);
    now += 31 * MIN;
    ({ pair } = fail(3, pair, emptyCounter(), now));
    expect(pair.lockedUntil!.getTime() - now).toBe(60 * MIN);
    now += 61 * MIN;
    ({ pair } = fail(3, pair, emptyCounter(), now));
    expect(pair.lockedUntil!.getTime() - now).toBe(60 * MIN); // capped
    const after = pairAfterSuccess(pair, now);
    expect(fail(3, after, emptyCounter(), now + 61 * MIN).pair.lockedUntil!.getTime() - (now + 61 * MIN)).toBe(15 * MIN);
  });

  it('locks the account only after many failures from all sources, and spares a source it logged in from', () => {
    const now = Date.now();
    const ownerPair = pairAfterSuccess(emptyCounter(), now - MIN);
    let account = emptyCounter();
    for (let source = 0; source < 2; source++) ({ account } = fail(3, emptyCounter(), account, now));
    expect(account.lockedUntil!.getTime() - now).toBe(15 * MIN);
    expect(gate(emptyCounter(), account, now, policy)).toMatchObject({ allowed: false }); // a new source waits
    const owner = gate(ownerPair, account, now, policy);
    expect(owner).toMatchObject({ allowed: true, lockedMs: 0 }); // the owner's own place still gets in
    expect(owner.account).toEqual(account);
  });

  it('gives a success back only its own reservation on the account counter', () => {
    expect(accountAfterSuccess({ ...emptyCounter(), failures: 5 }).failures).toBe(4);
    expect(accountAfterSuccess(emptyCounter()).failures).toBe(0);
  });

  it('starts over after a day without attempts', () => {
    const now = Date.now();
    const { pair } = fail(2, emptyCounter(), emptyCounter(), now - 25 * 3_600_000);
    expect(gate(pair, emptyCounter(), now, policy).pair.failures).toBe(1);
  });
});
