import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, type OpenOptions, openPglite, openPostgres } from '../../src/server/db/client';

/** The engine this test project runs on. */
export const testEngine = (process.env.BERDAYA_TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';

/**
 * A fresh, migrated database for one test file: a restored PGlite snapshot, or a PostgreSQL database
 * cloned from the migrated template (dropped again on close).
 */
export async function openTestDatabase(opts: OpenOptions = {}): Promise<Database> {
  if (testEngine === 'pglite') {
    const snapshot = new Blob([readFileSync(inject('pgliteSnapshot'))]);
    return openPglite({ snapshot }, opts);
  }
  const url = process.env.DATABASE_URL!;
  const name = `berdaya_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = await openPostgres(testUrl.toString(), 5, opts);
  return {
    ...database,
    async close() {
      // Every pooled connection is closed (pool.end waits for them) before the database is dropped, so no
      // client of this file is left to be terminated by DROP … WITH (FORCE).
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
