import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStatementTimeout } from '../errors';
import { testEngine } from '../../../tests/support/test-db';
import { openPglite, type Database } from './client';
import { DataDirLockedError } from './data-dir-lock';

const count = async (database: Database, table: string) =>
  ((await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n;

/**
 * The embedded store in its worker thread (docs/decisions/0011), on a real data directory: a slow
 * statement leaves the event loop free, one over the limit restarts the store without losing what was
 * committed, and the directory is locked to one process.
 */
describe.runIf(testEngine === 'pglite')('embedded store in a worker thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'berdaya-worker-'));
  let database: Database;
  const warnings: string[] = [];
  beforeAll(async () => {
    database = await openPglite({ dataDir: dir }, { statementTimeoutMs: 1500, warn: (m) => warnings.push(m) });
    await database.db.execute(sql`create table probe (n int primary key)`);
    await database.db.execute(sql`insert into probe values (1), (2), (3)`);
  }, 60_000);
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the event loop free while a slow statement runs', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    await database.db.execute(sql`select pg_sleep(0.8)`);
    clearInterval(timer);
    // On the main thread the 0.8 s statement would have let no timer fire at all.
    expect(ticks).toBeGreaterThanOrEqual(10);
  });

  it('runs transactions one at a time and keeps PostgreSQL error codes', async () => {
    const order: string[] = [];
    const tx = (name: string) =>
      database.db.transaction(async (t) => {
        order.push(`${name}:begin`);
        await t.execute(sql`select pg_sleep(0.1)`);
        order.push(`${name}:end`);
      });
    await Promise.all([tx('a'), tx('b')]);
    expect(order).toEqual(['a:begin', 'a:end', 'b:begin', 'b:end']);
    const err = (await database.db.execute(sql`insert into probe values (1)`).catch((e: unknown) => e)) as Error;
    expect((err.cause as { code?: string }).code).toBe('23505');
  });

  it('restarts the store after a statement over the limit; committed rows survive, the queue goes on', async () => {
    const slow = database.db.execute(sql`select pg_sleep(30)`).then(() => null, (e: unknown) => e);
    const queued = count(database, 'probe');
    expect(isStatementTimeout(await slow)).toBe(true);
    expect(await queued).toBe(3);
    expect(warnings.some((w) => w.includes('restarted'))).toBe(true);
    await database.db.execute(sql`insert into probe values (4)`);
    expect(await count(database, 'probe')).toBe(4);
  }, 60_000);

  it('refuses a second opening of the same data directory', async () => {
    const err = await openPglite({ dataDir: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirLockedError);
    expect((err as DataDirLockedError).pid).toBe(process.pid);
  });

  it('takes over the lock of a process that died', async () => {
    const other = mkdtempSync(join(tmpdir(), 'berdaya-stale-'));
    // A pid far above Linux's default pid_max: no live process has it.
    writeFileSync(join(other, 'berdaya.lock'), '4194999\n');
    const reopened = await openPglite({ dataDir: other });
    await reopened.close();
    rmSync(other, { recursive: true, force: true });
  }, 60_000);
});
