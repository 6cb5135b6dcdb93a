/**
 * The login lock-out rules, as pure functions over one counter row (see ADR 0009).
 *
 * Two counters guard every username (known or not): one per (username, source address) and one for the
 * username across all sources. Each attempt *reserves* a try before the password is checked, inside the
 * same row lock, so a parallel burst gets exactly as many tries as a sequential one. The source counter
 * locks after `maxFailures` with an exponential back-off; the account-wide counter locks only after many
 * more (`accountMaxFailures`, distributed guessing) and for a fixed, short time, and even then a source the
 * account has logged in from before keeps its own tries: a stranger cannot lock the owner out.
 */

/** One counter row. */
export interface AttemptCounter {
  failures: number;
  locks: number;
  lockedUntil: Date | null;
  lastAttemptAt: Date | null;
  lastSuccessAt: Date | null;
}

export interface LockoutPolicy {
  /** Tries per (username, source) before that pair is locked. */
  maxFailures: number;
  /** First lock of a pair; each further lock in a row doubles it, up to `maxLockMinutes`. */
  lockMinutes: number;
  maxLockMinutes: number;
  /** Tries per username over all sources before the account-wide lock. */
  accountMaxFailures: number;
  /** Account-wide lock: fixed (no back-off), so distributed guessing cannot stretch it. */
  accountLockMinutes: number;
}

/** A counter untouched this long starts over (failures and back-off forgotten). */
const IDLE_RESET_MS = 24 * 3_600_000;
/** A source the account logged in from within this time is "known": the account-wide lock spares it. */
const KNOWN_SOURCE_MS = 30 * 24 * 3_600_000;

export const emptyCounter = (): AttemptCounter => ({ failures: 0, locks: 0, lockedUntil: null, lastAttemptAt: null, lastSuccessAt: null });

const lockedFor = (c: AttemptCounter, now: number) => (c.lockedUntil ? Math.max(0, c.lockedUntil.getTime() - now) : 0);

/** Counts one try on a counter that is not locked; locks it when the try is its `max`-th. */
function reserve(c: AttemptCounter, now: number, max: number, lockMs: (locks: number) => number): AttemptCounter {
  const idle = !c.lastAttemptAt || now - c.lastAttemptAt.getTime() > IDLE_RESET_MS;
  const expired = c.lockedUntil !== null; // only called when not locked: a lock that is set has run out
  const failures = idle || expired ? 1 : c.failures + 1;
  const locks = idle ? 0 : c.locks;
  const reached = failures >= max;
  return {
    ...c,
    failures,
    locks: reached ? locks + 1 : locks,
    lockedUntil: reached ? new Date(now + lockMs(locks)) : null,
    lastAttemptAt: new Date(now),
  };
}

export type Gate =
  /** Refused before the password is looked at. */
  | { allowed: false; retryMs: number; pair: AttemptCounter; account: AttemptCounter }
  /** The password may be checked; `lockedMs` > 0 when this try used up the last one (answer "locked" if it fails). */
  | { allowed: true; lockedMs: number; accountLockedNow: boolean; pair: AttemptCounter; account: AttemptCounter };

/** Decides whether an attempt may check its password, and the counters after reserving its try. */
export function gate(pair: AttemptCounter, account: AttemptCounter, now: number, p: LockoutPolicy): Gate {
  const pairLocked = lockedFor(pair, now);
  if (pairLocked > 0) return { allowed: false, retryMs: pairLocked, pair, account };
  const known = pair.lastSuccessAt !== null && now - pair.lastSuccessAt.getTime() < KNOWN_SOURCE_MS;
  const accountLocked = lockedFor(account, now);
  if (accountLocked > 0 && !known) return { allowed: false, retryMs: accountLocked, pair, account };

  const pairMs = (locks: number) => Math.min(p.lockMinutes * 2 ** locks, p.maxLockMinutes) * 60_000;
  const nextPair = reserve(pair, now, p.maxFailures, pairMs);
  // While the account-wide lock holds (a known source is trying), its counter is left as it is.
  const nextAccount = accountLocked > 0 ? account : reserve(account, now, p.accountMaxFailures, () => p.accountLockMinutes * 60_000);
  const accountLockedNow = accountLocked === 0 && lockedFor(nextAccount, now) > 0;
  const lockedMs = Math.max(lockedFor(nextPair, now), known ? 0 : lockedFor(nextAccount, now));
  return { allowed: true, lockedMs, accountLockedNow, pair: nextPair, account: nextAccount };
}

/** The pair after a right password: counting and back-off start over; the source is now known. */
export const pairAfterSuccess = (c: AttemptCounter, now: number): AttemptCounter => ({
  ...c,
  failures: 0,
  locks: 0,
  lockedUntil: null,
  lastSuccessAt: new Date(now),
});

/**
 * The account counter after a right password: only this attempt's own reservation is given back. The
 * failures of others stay (the owner logging in must not hand a guesser a fresh allowance), and so does
 * a lock.
 */
export const accountAfterSuccess = (c: AttemptCounter): AttemptCounter => ({ ...c, failures: Math.max(0, c.failures - 1) });
