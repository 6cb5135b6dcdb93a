import { defineConfig } from 'drizzle-kit';

/** Migrations are generated from the table files, reviewed, committed, and only ever added to. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema.ts',
  out: './drizzle',
});
