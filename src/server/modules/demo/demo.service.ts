import type { Database } from '../../db/client';
import type { Actor, Role } from '../../kernel/actor';
import type { AuthService } from '../auth/auth.service';
import { generatePassword } from '../auth/password';
import type { RegionDirectory } from '../tenancy/regions';
import type { TenantService } from '../tenancy/tenant.service';
import { demoPlan } from './demo-data';
import { firstOwnerId, loadDemoRegistry, refreshDemoStatistics, seedState } from './demo.repository';

/** The demo regency: Kabupaten Bandung, labelled as demo everywhere it shows. */
export const DEMO_KODE_WILAYAH = '32.04';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role | 'superadmin';
  note: string;
}

/**
 * Creates the demo regency with synthetic businesses and one account per role, on an empty database
 * only. Passwords are random and returned once, for the console; they are stored only as hashes.
 * Each step is atomic and the whole is resumable: a start killed mid-seed finishes it next time.
 */
export function createDemoService(deps: {
  database: Database;
  auth: AuthService;
  tenants: TenantService;
  regions: RegionDirectory;
  /** Seeds the demo programmes as the admin (after the registry and accounts exist). */
  seedProgrammes?: (admin: Actor) => Promise<number>;
}) {
  const { database, auth, tenants, regions } = deps;
  return {
    async seedIfEmpty(opts: { businesses: number; seed?: number }): Promise<{ accounts: DemoAccount[]; businesses: number } | null> {
      const existing = await tenants.list();
      const demo = existing.find((t) => t.kodeWilayah === DEMO_KODE_WILAYAH && t.isDemo);
      if (existing.length > 0 && !demo) return null;
      if (!demo) await tenants.addTenant(DEMO_KODE_WILAYAH, { isDemo: true });
      const state = await seedState(database.db, DEMO_KODE_WILAYAH);
      if (state.memberships > 0) return null;
      let businesses = state.businesses;
      if (businesses === 0) {
        const plan = demoPlan(regions, { kodeWilayah: DEMO_KODE_WILAYAH, businesses: opts.businesses, seed: opts.seed ?? 2026 });
        businesses = (await loadDemoRegistry(database, plan)).businesses;
        await refreshDemoStatistics(database);
      }
      const kecamatan = regions.kecamatanOf(DEMO_KODE_WILAYAH);
      const assistantKecamatan = kecamatan[0]!;
      const ownerId = await firstOwnerId(database.db, DEMO_KODE_WILAYAH);
      const people: { username: string; displayName: string; role: Role; superadmin?: boolean; kecamatanCodes?: string[]; ownerId?: string | null; note: string }[] = [
        { username: 'admin', displayName: 'Admin Demo', role: 'admin', superadmin: true, note: 'admin + superadmin' },
        { username: 'kadis', displayName: 'Kepala Dinas Demo', role: 'head', note: 'head of office (read, masked personal data)' },
        { username: 'petugas', displayName: 'Petugas Demo', role: 'officer', note: 'officer (read/write)' },
        {
          username: 'pendamping',
          displayName: 'Pendamping Demo',
          role: 'assistant',
          kecamatanCodes: [assistantKecamatan.code],
          note: `assistant, Kec. ${assistantKecamatan.name} (${assistantKecamatan.code})`,
        },
        { username: 'pemilik', displayName: 'Pemilik Usaha Demo', role: 'owner', ownerId, note: 'business owner (own businesses)' },
        { username: 'mitra', displayName: 'Mitra Demo', role: 'partner', note: 'partner (no registry access yet)' },
      ];
      const accounts: DemoAccount[] = [];
      let admin: Actor | undefined;
      for (const p of people) {
        const password = generatePassword();
        const user = await auth.createUser({ username: p.username, displayName: p.displayName, password, isSuperadmin: p.superadmin });
        await auth.grantRole({ userId: user.id, kodeWilayah: DEMO_KODE_WILAYAH, role: p.role, kecamatanCodes: p.kecamatanCodes, ownerId: p.ownerId });
        accounts.push({ username: p.username, password, role: p.role, note: p.note });
        if (p.superadmin) admin = { userId: user.id, username: user.username, displayName: user.displayName, isSuperadmin: true, locale: 'id', memberships: [] };
      }
      if (admin && deps.seedProgrammes) await deps.seedProgrammes(admin);
      return { accounts, businesses };
    },
  };
}
