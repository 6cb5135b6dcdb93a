import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import { bulkLoadPostgres, compileSql, copyIntoPglite, type CopyRows, type ExecSql } from './copy';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';
import type { WorkerSource } from './pglite-protocol';
import { RemotePglite } from './pglite-remote';

/** The Drizzle handle every repository receives; the same type on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A running database with the operations that differ by engine. */
export interface Database {
  /** For request work: every statement has the configured time limit (`STATEMENT_TIMEOUT_MS`). */
  db: Db;
  /**
   * The same database without the time limit, for background jobs that legitimately run long (the
   * duplicate scan after a large import). On PGlite it shares the one connection and its queue.
   */
  backgroundDb: Db;
  engine: 'pglite' | 'postgres';
  /**
   * Bulk load through COPY (Drizzle inserts run at ~7.5 k rows/s; COPY is an order faster). Every COPY
   * made through `copy`, and every statement run through `exec`, belongs to one transaction: a load
   * killed halfway leaves nothing behind. Bulk loads have no time limit.
   */
  bulkLoad<T>(fn: (copy: CopyRows, exec: ExecSql) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Options both engines take. */
export interface OpenOptions {
  /** Time limit of each statement run through `db`, in ms (0: none). */
  statementTimeoutMs?: number;
  /** Told about trouble the database survives (a dropped idle connection, a restarted embedded store). */
  warn?: (message: string, err?: unknown) => void;
}

const defaultWarn = (message: string, err?: unknown) => console.warn(message, err instanceof Error ? err.message : (err ?? ''));

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/**
 * PGlite's start flags without `-F`: PostgreSQL then writes and flushes WAL at every commit. PGlite's
 * Node filesystem turns the flush into a plain write, so a killed process loses no committed data; a
 * power cut can (see docs/decisions/0003-embedded-store-durability.md).
 */
export const PGLITE_START_PARAMS = PGlite.defaultStartParams.filter((p) => p !== '-F');

/** Options for the embedded store: a directory, or an in-memory copy restored from a snapshot. */
export type PgliteSource = { dataDir: string } | { snapshot: Blob };

/**
 * Opens the embedded PGlite store in its own worker thread (docs/decisions/0011), so a slow statement
 * never stalls the event loop. A data directory is locked to this process: a second process that tries
 * to open it gets {@link DataDirLockedError} instead of corrupting it.
 */
export async function openPglite(source: PgliteSource, opts: OpenOptions = {}): Promise<Database> {
  const warn = opts.warn ?? defaultWarn;
  let lock: DataDirLock | null = null;
  let workerSource: WorkerSource;
  if ('dataDir' in source) {
    mkdirSync(source.dataDir, { recursive: true });
    lock = acquireDataDirLock(source.dataDir);
    workerSource = { kind: 'dir', dataDir: source.dataDir, startParams: PGLITE_START_PARAMS };
  } else {
    workerSource = { kind: 'snapshot', snapshot: await source.snapshot.arrayBuffer(), startParams: PGLITE_START_PARAMS };
  }
  let remote: RemotePglite;
  try {
    remote = await RemotePglite.open(workerSource, (reason) => warn(`embedded database restarted: ${reason}`));
  } catch (err) {
    lock?.release();
    throw err;
  }
  const limited = remote.client(opts.statementTimeoutMs ?? 0);
  const unlimited = remote.client(0);
  const db = drizzlePglite({ client: limited as never, schema }) as unknown as Db;
  const backgroundDb = drizzlePglite({ client: unlimited as never, schema }) as unknown as Db;
  return {
    db,
    backgroundDb,
    engine: 'pglite',
    bulkLoad: (fn) =>
      unlimited.transaction((tx) =>
        fn(
          (table, columns, rows) => copyIntoPglite(tx, table, columns, rows),
          async (query) => {
            const { text, params } = compileSql(query);
            return (await tx.query(text, params)).rows as Record<string, unknown>[];
          },
        ),
      ),
    migrate: () => migratePglite(backgroundDb as never, { migrationsFolder: MIGRATIONS_DIR }),
    async close() {
      try {
        await remote.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * Opens a PostgreSQL server connection pool (with the statement time limit on every connection), and a
 * small second pool without it for background jobs and migrations.
 */
export async function openPostgres(url: string, poolSize = 10, opts: OpenOptions = {}): Promise<Database> {
  const warn = opts.warn ?? defaultWarn;
  const limit = opts.statementTimeoutMs ?? 0;
  const pool = new pg.Pool({ connectionString: url, max: poolSize, ...(limit ? { statement_timeout: limit } : {}) });
  const background = new pg.Pool({ connectionString: url, max: 2 });
  // An idle client whose connection dies (a server restart, an administrator's pg_terminate_backend, a
  // dropped test database) emits 'error' on its pool; unhandled, that event would end the Node process.
  // The pool discards the client and opens a new one on demand, so a warning is all it needs.
  for (const p of [pool, background]) p.on('error', (err) => warn('database connection lost (the pool reconnects)', err));
  retryReadsOnLostConnection(pool, poolSize + 1);
  // Rupiah amounts are bigint; PostgreSQL returns them as strings unless told otherwise. Drizzle's
  // mode:'number' converts selected columns; raw SQL aggregates are converted in the repositories.
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  const backgroundDb = drizzlePg({ client: background, schema }) as unknown as Db;
  return {
    db,
    backgroundDb,
    engine: 'postgres',
    bulkLoad: (fn) => bulkLoadPostgres(background, fn),
    migrate: () => migratePg(backgroundDb as never, { migrationsFolder: MIGRATIONS_DIR }),
    close: async () => {
      await Promise.all([pool.end(), background.end()]);
    },
  };
}

/** SQLSTATEs of a backend that was terminated (admin shutdown, crash shutdown, cannot connect now). */
const CONNECTION_LOST = new Set(['57P01', '57P02', '57P03']);

function isConnectionLost(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === 'string' && CONNECTION_LOST.has(e.code)) return true;
  return typeof e?.message === 'string' && /Connection terminated|connection (?:is )?closed|not queryable|ECONNRESET/i.test(e.message);
}

/**
 * After a PostgreSQL restart, the pool's idle clients are dead but may be handed out before their
 * 'error' event has been processed: the first statement on each fails at once. A read (a statement
 * starting with SELECT, run outside a transaction through `pool.query`) is then tried again on another
 * client, up to `attempts` times, so requests are not answered 500 for a connection they never used.
 * Writes are not retried: whether a terminated write committed cannot be known here.
 */
export function retryReadsOnLostConnection(pool: pg.Pool, attempts: number): void {
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  const isRead = (config: unknown) => {
    const text = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
    return typeof text === 'string' && /^\s*select\b/i.test(text);
  };
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    if (typeof args[args.length - 1] === 'function' || !isRead(args[0])) return query(...args);
    const run = async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await query(...args);
        } catch (err) {
          if (attempt >= attempts || !isConnectionLost(err)) throw err;
        }
      }
    };
    return run();
  };
}

/** Opens the database the configuration asks for. */
export function openDatabase(opts: { databaseUrl?: string; dataDir: string } & OpenOptions): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, 10, opts) : openPglite({ dataDir: pgliteDir(opts.dataDir) }, opts);
}

/** Where the embedded store keeps its files under DATA_DIR. */
export function pgliteDir(dataDir: string): string {
  return `${dataDir}/pglite`;
}
