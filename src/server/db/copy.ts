import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { from as copyFrom } from 'pg-copy-streams';

/** A cell as COPY receives it: null for SQL NULL, arrays for text[] columns. */
export type CopyValue = string | number | boolean | null | string[];

/** Rows for COPY: a plain or an async iterable (an import streams them from a file as it reads). */
export type CopySource = Iterable<readonly CopyValue[]> | AsyncIterable<readonly CopyValue[]>;

/** Loads rows into `table(columns)` with COPY; returns the number of rows. */
export type CopyRows = (table: string, columns: readonly string[], rows: CopySource) => Promise<number>;

/** Runs one SQL statement inside the bulk load's transaction and returns its rows. */
export type ExecSql = (query: SQL) => Promise<Record<string, unknown>[]>;

const dialect = new PgDialect();

/** Compiles a Drizzle `sql` template to text and parameters for a driver's own query function. */
export function compileSql(query: SQL): { text: string; params: unknown[] } {
  const compiled = dialect.sqlToQuery(query);
  return { text: compiled.sql, params: compiled.params };
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

function copyStatement(table: string, columns: readonly string[], source: string): string {
  for (const name of [table, ...columns]) if (!IDENT.test(name)) throw new Error(`unsafe identifier ${name}`);
  return `COPY ${table} (${columns.join(', ')}) FROM ${source} WITH (FORMAT csv, NULL '\\N')`;
}

function csvCell(value: CopyValue): string {
  if (value === null) return '\\N';
  if (Array.isArray(value)) return csvCell(`{${value.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  const s = String(value);
  return /[",\n\r\\]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Encodes rows as CSV lines in chunks, so a million rows never sit in memory as one string. */
async function* csvChunks(rows: CopySource, counter: { n: number }, linesPerChunk = 5000): AsyncGenerator<string> {
  let lines: string[] = [];
  for await (const row of rows) {
    lines.push(row.map(csvCell).join(','));
    counter.n++;
    if (lines.length === linesPerChunk) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  if (lines.length) yield lines.join('\n') + '\n';
}

/** COPY through PGlite's virtual /dev/blob device, one blob per 50 k rows to bound memory. */
export async function copyIntoPglite(
  client: { query(text: string, params: unknown[], options: { blob: Blob }): Promise<unknown> },
  table: string,
  columns: readonly string[],
  rows: CopySource,
): Promise<number> {
  const counter = { n: 0 };
  let parts: string[] = [];
  const flush = async () => {
    if (!parts.length) return;
    await client.query(copyStatement(table, columns, `'/dev/blob'`), [], { blob: new Blob(parts) });
    parts = [];
  };
  for await (const chunk of csvChunks(rows, counter)) {
    parts.push(chunk);
    if (parts.length >= 10) await flush();
  }
  await flush();
  return counter.n;
}

/** COPY FROM STDIN on one PostgreSQL connection (the caller holds it, and its transaction). */
export async function copyIntoPostgres(
  conn: pg.PoolClient,
  table: string,
  columns: readonly string[],
  rows: CopySource,
): Promise<number> {
  const counter = { n: 0 };
  await pipeline(Readable.from(csvChunks(rows, counter)), conn.query(copyFrom(copyStatement(table, columns, 'STDIN'))));
  return counter.n;
}

/** Runs several COPYs on one PostgreSQL connection in one transaction: all rows land, or none. */
export async function bulkLoadPostgres<T>(pool: pg.Pool, fn: (copy: CopyRows, exec: ExecSql) => Promise<T>): Promise<T> {
  const conn = await pool.connect();
  try {
    await conn.query('BEGIN');
    const exec: ExecSql = async (query) => {
      const { text, params } = compileSql(query);
      return (await conn.query<Record<string, unknown>>(text, params)).rows;
    };
    const result = await fn((table, columns, rows) => copyIntoPostgres(conn, table, columns, rows), exec);
    await conn.query('COMMIT');
    return result;
  } catch (err) {
    await conn.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    conn.release();
  }
}
