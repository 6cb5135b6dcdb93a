import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ LOGIN_MAX_FAILURES: 3, LOGIN_LOCK_MINUTES: 15, LOGIN_ACCOUNT_MAX_FAILURES: 9 });
});
afterAll(() => t?.close());

/** A login from a given client address (each test uses its own addresses). */
const login = (username: string, password: string, from: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: from });
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
const cookieOf = (res: Awaited<ReturnType<typeof login>>) => `berdaya_session=${res.cookies.find((c) => c.name === 'berdaya_session')!.value}`;
const codes = (all: { statusCode: number }[]) => all.map((r) => r.statusCode).sort();

describe('login lock-out', () => {
  it('gives a parallel burst no more tries than a sequential one', async () => {
    const burst = await Promise.all(Array.from({ length: 11 }, (_, i) => login('kadis', `tebakan-salah-${i}`, '10.1.0.1')));
    // Two wrong answers, the third try locks; the eight others were refused before any password check.
    expect(codes(burst)).toEqual([401, 401, ...Array(9).fill(423)]);
    const right = await login('kadis', TEST_PASSWORD, '10.1.0.1');
    expect(right.statusCode).toBe(423);
    expect(right.cookies).toHaveLength(0);
  });

  it('gives no session to the right password hidden in a burst once the tries are used up', async () => {
    const burst = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => login('petugas', `tebakan-salah-${i}`, '10.2.0.1')),
      login('petugas', TEST_PASSWORD, '10.2.0.1'),
    ]);
    const right = burst.at(-1)!;
    expect(right.statusCode).toBe(423);
    expect(right.cookies).toHaveLength(0);
    expect(burst.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(2);
  });

  it('answers an unknown username byte for byte like a known one, locking included', async () => {
    for (let i = 0; i < 4; i++) {
      const unknown = await login('tidak-ada-siapa', `tebakan-salah-${i}`, '10.3.0.1');
      const known = await login('mitra', `tebakan-salah-${i}`, '10.3.0.2');
      expect(unknown.statusCode).toBe(known.statusCode);
      expect(unknown.headers['content-type']).toBe(known.headers['content-type']);
      expect(unknown.body).toBe(known.body);
    }
    expect((await login('tidak-ada-siapa', 'tebakan-lagi', '10.3.0.1')).statusCode).toBe(423);
  });

  it('a stranger locks only their own address; guessing from many ends the sessions but spares the owner\'s own address', async () => {
    const owner = await login('pendamping', TEST_PASSWORD, '10.4.0.1');
    expect(owner.statusCode).toBe(200);
    const session = cookieOf(owner);
    expect((await me(session)).statusCode).toBe(200); // resolved once: now in the session cache too

    for (let i = 0; i < 3; i++) expect((await login('pendamping', `tebakan-salah-${i}`, '10.4.1.1')).statusCode).toBe(i < 2 ? 401 : 423);
    // The stranger is locked out; the owner is not, from where they work.
    expect((await login('pendamping', TEST_PASSWORD, '10.4.0.1')).statusCode).toBe(200);
    expect((await me(session)).statusCode).toBe(200);

    // Nine failures from three addresses lock the account: its sessions end at once.
    for (const from of ['10.4.1.2', '10.4.1.3']) {
      for (let i = 0; i < 3; i++) await login('pendamping', `tebakan-salah-${i}`, from);
    }
    expect((await me(session)).statusCode).toBe(401);
    const newPlace = await login('pendamping', TEST_PASSWORD, '10.4.9.9');
    expect(newPlace.statusCode).toBe(423);
    expect(newPlace.cookies).toHaveLength(0);
    // The owner's own address has logged in before: it keeps its tries and gets back in.
    const back = await login('pendamping', TEST_PASSWORD, '10.4.0.1');
    expect(back.statusCode).toBe(200);
    expect((await me(cookieOf(back))).statusCode).toBe(200);
  });

  it('counts an owner\'s number however it is typed', async () => {
    for (const typed of ['0813-5555-0101', '+6281355550101', '081355550101']) {
      await login(typed, 'tebakan-salah', '10.5.0.1');
    }
    expect((await login('0813 5555 0101', 'tebakan-salah', '10.5.0.1')).statusCode).toBe(423);
  });
});
