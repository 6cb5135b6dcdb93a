import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/client';
import { queryRows } from '../../src/server/db/query';
import { openTestDatabase } from '../support/test-db';

/**
 * Citus-readiness: every tenant-owned table carries kode_wilayah, and it is part of every primary key,
 * unique key and foreign key between tenant-owned tables. Instance-wide (reference) tables are listed
 * here on purpose; a new table is tenant-owned unless added to this list with a reason.
 */
const REFERENCE_TABLES = new Set([
  'tenants', // the tenant list itself, keyed by kode_wilayah
  'users', // a person may work for several regencies; their role per regency is a membership
  'sessions', // belongs to a user
  'login_attempts', // counts sign-in tries per typed username and address, before any regency is known
]);

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

interface Constraint {
  table_name: string;
  constraint_name: string;
  constraint_type: 'p' | 'u' | 'f';
  columns: string[];
  foreign_table: string | null;
}

describe('tenancy in the schema', () => {
  it('every tenant-owned table has kode_wilayah in every primary, unique and foreign key', async () => {
    const tables = await queryRows<{ table_name: string }>(
      database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const constraints = await queryRows<Constraint>(
      database.db,
      sql`select c.conrelid::regclass::text as table_name, c.conname as constraint_name, c.contype as constraint_type,
                 array(select a.attname::text from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k) as columns,
                 case when c.confrelid = 0 then null else c.confrelid::regclass::text end as foreign_table
          from pg_constraint c join pg_namespace n on n.oid = c.connamespace
          where n.nspname = 'public' and c.contype in ('p', 'u', 'f')`,
    );
    const uniqueIndexes = await queryRows<{ table_name: string; indexdef: string }>(
      database.db,
      sql`select tablename as table_name, indexdef from pg_indexes where schemaname = 'public' and indexdef like 'CREATE UNIQUE%'`,
    );
    const tenantTables = tables.map((t) => t.table_name).filter((t) => !REFERENCE_TABLES.has(t));
    expect(tenantTables).toEqual(expect.arrayContaining(['owners', 'businesses', 'licences', 'business_metrics', 'audit_log', 'memberships']));
    const problems: string[] = [];
    for (const table of tenantTables) {
      const own = constraints.filter((c) => c.table_name === table);
      if (!own.some((c) => c.constraint_type === 'p')) problems.push(`${table}: no primary key`);
      for (const c of own) {
        const toReference = c.constraint_type === 'f' && REFERENCE_TABLES.has(c.foreign_table ?? '') && c.foreign_table !== 'tenants';
        const columns = Array.isArray(c.columns) ? c.columns : String(c.columns).replace(/[{}]/g, '').split(',');
        if (!toReference && !columns.includes('kode_wilayah')) problems.push(`${table}.${c.constraint_name} lacks kode_wilayah`);
      }
      for (const idx of uniqueIndexes.filter((i) => i.table_name === table)) {
        if (!idx.indexdef.includes('kode_wilayah')) problems.push(`${table}: unique index without kode_wilayah: ${idx.indexdef}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the check itself catches a table that breaks the rule', async () => {
    await database.db.execute(sql`create table bad_example (id uuid primary key, kode_wilayah text not null)`);
    const rows = await queryRows<{ n: number | string }>(
      database.db,
      sql`select count(*) as n from pg_constraint c where c.conrelid = 'bad_example'::regclass and c.contype = 'p'
          and not exists (select 1 from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k where a.attname = 'kode_wilayah')`,
    );
    expect(Number(rows[0]!.n)).toBe(1);
    await database.db.execute(sql`drop table bad_example`);
  });
});
