import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStatementTimeout } from '../errors';
import { openTestDatabase } from '../../../tests/support/test-db';
import type { Database } from './client';

/**
 * Every statement run through `db` has a time limit on both engines (issue 11): PostgreSQL's
 * statement_timeout, and on the embedded store a deadline kept by the main thread. Bulk loads, migrations
 * and background work use `backgroundDb`, which has none.
 */
describe('statement time limit', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase({ statementTimeoutMs: 300, warn: () => undefined });
  });
  afterAll(() => database.close());

  it('stops a statement that runs past the limit with SQLSTATE 57014', async () => {
    const started = Date.now();
    const err = await database.db.execute(sql`select pg_sleep(3)`).then(() => null, (e: unknown) => e);
    expect(isStatementTimeout(err)).toBe(true);
    // The caller is answered at the limit, not when the statement would have ended.
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('serves the next statement after a time-out, with committed data intact', async () => {
    await database.db.execute(sql`create table if not exists limit_probe (n int primary key)`);
    await database.db.execute(sql`insert into limit_probe values (1), (2)`);
    await database.db.execute(sql`select pg_sleep(2)`).catch(() => undefined);
    const rows = (await database.db.execute(sql`select count(*)::int as n from limit_probe`)) as unknown as { rows: { n: number }[] };
    expect(rows.rows[0]!.n).toBe(2);
  });

  it('rolls back a transaction whose statement ran past the limit', async () => {
    await database.db.execute(sql`create table if not exists limit_tx (n int primary key)`);
    const err = await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`insert into limit_tx values (7)`);
        await tx.execute(sql`select pg_sleep(2)`);
      })
      .then(() => null, (e: unknown) => e);
    expect(isStatementTimeout(err)).toBe(true);
    const rows = (await database.db.execute(sql`select count(*)::int as n from limit_tx`)) as unknown as { rows: { n: number }[] };
    expect(rows.rows[0]!.n).toBe(0);
  });

  it('lets background work run longer than the limit', async () => {
    await expect(database.backgroundDb.execute(sql`select pg_sleep(0.6)`)).resolves.toBeDefined();
  });
});
