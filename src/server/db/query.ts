import type { SQL } from 'drizzle-orm';
import type { Db } from './client';

/**
 * Runs raw SQL and returns its rows on either engine (node-postgres and PGlite both answer `{ rows }`).
 * Aggregates such as count(*) arrive as strings from node-postgres: convert them with Number().
 */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** Runs `fn` in one transaction; the callback gets a handle with the repository-facing Db type. */
export function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx as unknown as Db));
}

/**
 * One bind parameter holding a PostgreSQL array literal (`{"a","b"}`), to be cast by the caller
 * (`= any(${arrayParam(ids)}::uuid[])`). Drizzle would expand a JS array into one parameter per element,
 * which breaks `any(...)` and PGlite's 32,767-parameter ceiling on large id lists.
 */
export function arrayParam(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
