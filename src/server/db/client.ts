import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import { bulkLoadPostgres, compileSql, copyIntoPglite, type CopyRows, type ExecSql } from './copy';

/** The Drizzle handle every repository receives; the same type on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A running database with the operations that differ by engine. */
export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  /**
   * Bulk load through COPY (Drizzle inserts run at ~7.5 k rows/s; COPY is an order faster). Every COPY
   * made through `copy`, and every statement run through `exec`, belongs to one transaction: a load
   * killed halfway leaves nothing behind.
   */
  bulkLoad<T>(fn: (copy: CopyRows, exec: ExecSql) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/**
 * PGlite's start flags without `-F`: PostgreSQL then writes and flushes WAL at every commit. PGlite's
 * Node filesystem turns the flush into a plain write, so a killed process loses no committed data; a
 * power cut can (see docs/decisions/0003-embedded-store-durability.md).
 */
export const PGLITE_START_PARAMS = PGlite.defaultStartParams.filter((p) => p !== '-F');

/** Options for the embedded store: a directory, or an in-memory copy restored from a snapshot. */
export type PgliteSource = { dataDir: string } | { snapshot: Blob };

/** Opens the embedded PGlite store. */
export async function openPglite(source: PgliteSource): Promise<Database> {
  if ('dataDir' in source) mkdirSync(source.dataDir, { recursive: true });
  const client = new PGlite({
    ...('dataDir' in source ? { dataDir: source.dataDir } : { loadDataDir: source.snapshot }),
    extensions: { pg_trgm },
    startParams: PGLITE_START_PARAMS,
  });
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    bulkLoad: (fn) =>
      client.transaction((tx) =>
        fn(
          (table, columns, rows) => copyIntoPglite(tx, table, columns, rows),
          async (query) => {
            const { text, params } = compileSql(query);
            return (await tx.query<Record<string, unknown>>(text, params)).rows;
          },
        ),
      ),
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    close: () => client.close(),
  };
}

/** Opens a PostgreSQL server connection pool. */
export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Rupiah amounts are bigint; PostgreSQL returns them as strings unless told otherwise. Drizzle's
  // mode:'number' converts selected columns; raw SQL aggregates are converted in the repositories.
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    bulkLoad: (fn) => bulkLoadPostgres(pool, fn),
    migrate: () => migratePg(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    close: () => pool.end(),
  };
}

/** Opens the database the configuration asks for. */
export function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite({ dataDir: `${opts.dataDir}/pglite` });
}
