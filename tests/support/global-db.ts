import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { MIGRATIONS_DIR, openPostgres, PGLITE_START_PARAMS } from '../../src/server/db/client';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
  }
}

/**
 * Runs once per test project: PGlite takes seconds to create and migrate, so it is done once and
 * dumped; each test file restores the dump (~1 s). On PostgreSQL a migrated template database is
 * cloned per test file with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const engine = project.config.env?.BERDAYA_TEST_ENGINE ?? 'pglite';
  if (engine === 'postgres') {
    const url = process.env.DATABASE_URL!;
    const template = `berdaya_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${template}`;
    const database = await openPostgres(templateUrl.toString(), 1);
    await database.migrate();
    await database.close();
    project.provide('postgresTemplate', template);
    project.provide('pgliteSnapshot', '');
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${template}`);
      await admin.end();
    };
  }
  const client = new PGlite({ extensions: { pg_trgm }, startParams: PGLITE_START_PARAMS });
  await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_DIR });
  const dump = await client.dumpDataDir('none');
  await client.close();
  const dir = resolve('.tmp');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `pglite-snapshot-${process.pid}-${project.name}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteSnapshot', file);
  project.provide('postgresTemplate', '');
}
