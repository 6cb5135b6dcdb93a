import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../app';
import { runOperatorCommand } from '../../cli/operator-commands';
import { configSchema } from '../../config';
import type { Database } from '../../db/client';
import { queryRows } from '../../db/query';
import { testRegions } from '../../../../tests/support/test-app';
import { openTestDatabase } from '../../../../tests/support/test-db';
import { seedDemoOnStart } from './demo-start';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

describe('a production start (DEMO=false)', () => {
  it('creates no account at all; the first administrator comes from the operator command', async () => {
    const regions = await testRegions();
    const config = configSchema.parse({ LOG_LEVEL: 'silent', DEMO: 'false' });
    const services = createServices({ config, database, regions });
    expect(await seedDemoOnStart(config, database, services, regions)).toBeNull();
    expect(await queryRows(database.db, sql`select username from users`)).toEqual([]);
    expect(await services.tenants.list()).toEqual([]);

    // README "First administrator": add the regency, then its admin with --superadmin.
    expect((await runOperatorCommand(services, regions, ['tenant', 'add', '35.27'])).code).toBe(0);
    const created = await runOperatorCommand(services, regions, ['user', 'add', 'admin.sampang', '--tenant', '35.27', '--role', 'admin', '--superadmin', '--name', 'Admin Sampang']);
    expect(created.code).toBe(0);
    const password = /shown once: (\S+)/.exec(created.out.join('\n'))![1]!;
    const { actor } = await services.auth.login('admin.sampang', password);
    expect(actor).toMatchObject({ isSuperadmin: true, memberships: [{ kodeWilayah: '35.27', role: 'admin' }] });
  });
});
