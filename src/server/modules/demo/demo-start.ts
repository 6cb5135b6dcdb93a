import type { Services } from '../../app';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { createPortalRepository } from '../portal/portal.repository';
import type { RegionDirectory } from '../tenancy/regions';
import { demoProgrammeSeeder } from './demo-programmes';
import { createDemoService, DEMO_KODE_WILAYAH, type DemoAccount } from './demo.service';

/**
 * What `npm start` seeds: with DEMO=true (the default, for trying Berdaya on a laptop) the demo regency
 * and one account per role, the superadmin included, on an empty database. With DEMO=false nothing at
 * all: a production instance gets its first administrator from the operator command `user add … --superadmin`.
 */
export async function seedDemoOnStart(
  config: Pick<Config, 'DEMO' | 'DEMO_BUSINESSES'>,
  database: Database,
  services: Services,
  regions: RegionDirectory,
): Promise<{ accounts: DemoAccount[]; businesses: number } | null> {
  if (!config.DEMO) return null;
  const seedProgrammes = demoProgrammeSeeder(database, services, createPortalRepository(database.db), regions, DEMO_KODE_WILAYAH);
  return createDemoService({ database, auth: services.auth, tenants: services.tenants, regions, seedProgrammes }).seedIfEmpty({
    businesses: config.DEMO_BUSINESSES,
  });
}
