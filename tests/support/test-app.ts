import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, createServices, type Services } from '../../src/server/app';
import { type Config, configSchema } from '../../src/server/config';
import type { Database } from '../../src/server/db/client';
import type { Role } from '../../src/server/kernel/actor';
import { loadRegionDirectory, type RegionDirectory } from '../../src/server/modules/tenancy/regions';
import { openTestDatabase } from './test-db';

export const TEST_PASSWORD = 'rahasia-uji-123';
export const KW = '32.04';
export const OTHER_KW = '35.27';

let regionsOnce: Promise<RegionDirectory> | undefined;
/** The official region lists, loaded once per test worker. */
export const testRegions = () => (regionsOnce ??= loadRegionDirectory());

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  services: Services;
  regions: RegionDirectory;
  config: Config;
  /** Kecamatan codes of the test regency: [0] is the assistant's, [1] is not. */
  kecamatan: { code: string; desa: string }[];
  /** Logs in and returns the Cookie header value. */
  login(username: string, password?: string): Promise<string>;
  userIds: Record<string, string>;
  /** Messages the log channel sent (sign-up codes, acceptances…), newest last. */
  notifications: Services['notificationLog'];
  close(): Promise<void>;
}

/**
 * A real app on a fresh database with two regencies and one user per role in 32.04:
 * admin (superadmin), head, officer, assistant (first kecamatan), owner (no owner record until linked), partner,
 * and an officer of 35.27 to prove tenants are apart.
 */
export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  // Uploads go to a throwaway directory, never the developer's ./data.
  const dataDir = mkdtempSync(join(tmpdir(), 'berdaya-test-'));
  const config = {
    ...configSchema.parse({ LOG_LEVEL: 'silent', DEMO: 'false', WEB_DIST_DIR: './dist/web', DATA_DIR: dataDir, NOTIFY_INTERVAL_MS: '200' }),
    ...overrides,
  };
  const [database, regions] = await Promise.all([openTestDatabase({ statementTimeoutMs: config.STATEMENT_TIMEOUT_MS }), testRegions()]);
  const services = createServices({ config, database, regions });
  await services.tenants.addTenant(KW);
  await services.tenants.addTenant(OTHER_KW);
  const kecamatan = regions.kecamatanOf(KW).slice(0, 3).map((k) => ({ code: k.code, desa: regions.desaOf(k.code)[0]!.code }));
  const users: [string, Role, string, string[]?][] = [
    ['admin', 'admin', KW],
    ['kadis', 'head', KW],
    ['petugas', 'officer', KW],
    ['pendamping', 'assistant', KW, [kecamatan[0]!.code]],
    ['pemilik', 'owner', KW],
    ['mitra', 'partner', KW],
    ['petugas-sampang', 'officer', OTHER_KW],
  ];
  const userIds: Record<string, string> = {};
  for (const [username, role, kw, kecamatanCodes] of users) {
    const user = await services.auth.createUser({ username, displayName: `Uji ${username}`, password: TEST_PASSWORD, isSuperadmin: username === 'admin' });
    userIds[username] = user.id;
    await services.auth.grantRole({ userId: user.id, kodeWilayah: kw, role, kecamatanCodes });
  }
  const app = await buildApp({ config, database, regions }, services);
  await app.ready();
  return {
    app,
    database,
    services,
    regions,
    config,
    kecamatan,
    userIds,
    notifications: services.notificationLog,
    async login(username, password = TEST_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'berdaya_session');
      return `berdaya_session=${cookie!.value}`;
    },
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A NIK that passes every check: region digits of a kecamatan, DDMMYY (+40 for women), serial. */
export function makeNik(kecamatanCode: string, birthDate: string, gender: 'L' | 'P', serial = '0007'): string {
  const [y, m, d] = birthDate.split('-');
  const day = Number(d) + (gender === 'P' ? 40 : 0);
  return kecamatanCode.replaceAll('.', '') + String(day).padStart(2, '0') + m + y!.slice(2) + serial;
}

/** A valid create-business payload in the given kecamatan; override any field. */
export function businessPayload(k: { code: string; desa: string }, overrides: Record<string, unknown> = {}) {
  return {
    name: 'Keripik Tempe Bu Euis',
    sector: 'kuliner',
    kbli: '10794',
    kecamatanCode: k.code,
    desaCode: k.desa,
    address: 'Kp. Cibodas RT 02/RW 05',
    startYear: 2019,
    status: 'active',
    capital: 15_000_000,
    annualSales: 96_000_000,
    workersMale: 1,
    workersFemale: 2,
    salesChannels: ['offline', 'whatsapp'],
    licences: [],
    owner: {
      fullName: 'Euis Rohayati',
      nik: makeNik(k.code, '1979-08-17', 'P'),
      gender: 'P',
      phone: '0812-2345-6789',
      address: 'Kp. Cibodas RT 02/RW 05',
    },
    ...overrides,
  };
}
