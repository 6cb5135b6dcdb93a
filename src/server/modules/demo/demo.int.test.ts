import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../app';
import { configSchema } from '../../config';
import type { Database } from '../../db/client';
import { queryRows } from '../../db/query';
import { testRegions } from '../../../../tests/support/test-app';
import { openTestDatabase } from '../../../../tests/support/test-db';
import { createPortalRepository } from '../portal/portal.repository';
import { demoProgrammeSeeder } from './demo-programmes';
import { createDemoService, DEMO_KODE_WILAYAH } from './demo.service';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

describe('demo regency', () => {
  it('seeds an empty database once: a labelled demo tenant, businesses, and a working account per role', async () => {
    const regions = await testRegions();
    const config = configSchema.parse({ LOG_LEVEL: 'silent' });
    const services = createServices({ config, database, regions });
    const seedProgrammes = demoProgrammeSeeder(database, services, createPortalRepository(database.db), regions, DEMO_KODE_WILAYAH);
    const demo = createDemoService({ database, auth: services.auth, tenants: services.tenants, regions, seedProgrammes });
    const seeded = await demo.seedIfEmpty({ businesses: 6000 });
    expect(seeded?.businesses).toBe(6000);
    expect(seeded?.accounts.map((a) => a.role).sort()).toEqual(['admin', 'assistant', 'head', 'officer', 'owner', 'partner']);
    expect((await services.tenants.list()).map((t) => [t.kodeWilayah, t.isDemo])).toEqual([[DEMO_KODE_WILAYAH, true]]);

    const owner = seeded!.accounts.find((a) => a.role === 'owner')!;
    const { actor } = await services.auth.login(owner.username, owner.password);
    const own = await services.registry.search(actor, DEMO_KODE_WILAYAH, { page: 1, pageSize: 20 });
    expect(own.total).toBeGreaterThanOrEqual(1);
    const officer = seeded!.accounts.find((a) => a.role === 'officer')!;
    const all = await services.registry.search((await services.auth.login(officer.username, officer.password)).actor, DEMO_KODE_WILAYAH, { page: 1, pageSize: 20 });
    expect(all).toMatchObject({ total: 1000, totalIsCapped: true });

    const [mismatch] = await queryRows<{ n: number | string }>(
      database.db,
      sql`select count(*) as n from businesses b where b.has_nib <> exists (
            select 1 from licences l where l.kode_wilayah = b.kode_wilayah and l.business_id = b.id and l.kind = 'NIB')`,
    );
    expect(Number(mismatch!.n)).toBe(0);
    // Planner statistics are fresh after the load (PGlite has no autovacuum: unanalysed, a NIK-prefix search of
    // the 30,000-business demo took minutes). A manual VACUUM ANALYZE sets last_analyze; autovacuum would not.
    const analysed = await queryRows<{ relname: string; last_analyze: string | null }>(
      database.db,
      sql`select relname, last_analyze from pg_stat_user_tables where relname in ('owners', 'businesses', 'licences', 'business_metrics') order by relname`,
    );
    expect(analysed.map((r) => [r.relname, r.last_analyze !== null])).toEqual([
      ['business_metrics', true], ['businesses', true], ['licences', true], ['owners', true],
    ]);

    expect(await demo.seedIfEmpty({ businesses: 6000 })).toBeNull();

    // The demo programmes: a finished batch with certificates, an open one being screened, needs for the report.
    const head = seeded!.accounts.find((a) => a.role === 'head')!;
    const headActor = (await services.auth.login(head.username, head.password)).actor;
    const programmes = await services.programmes.list(headActor, DEMO_KODE_WILAYAH, {});
    expect(programmes.items.map((p) => p.title).sort()).toEqual([
      'Pelatihan Kemasan dan Label Produk', 'Pelatihan Pemasaran Digital', 'Pelatihan Pembukuan Sederhana', 'Pendampingan Sertifikasi Halal (Self Declare)',
    ]);
    // Months of follow-up: survival at 1, 3 and 6 months, sales change, a comparison group; overdue visits for the assistant.
    const packaging = programmes.items.find((p) => p.title === 'Pelatihan Kemasan dan Label Produk')!;
    const outcome = await services.outcomes.outcomes(headActor, DEMO_KODE_WILAYAH, { programmeId: packaging.id });
    expect(outcome.cohorts[0]!.survival.slice(0, 3).map((p) => p.atRisk)).toEqual([16, 16, 12]); // 4 not yet visited at +6: censored, not counted
    expect(outcome.cohorts[0]!.survival[2]!.rate).toBeLessThan(1);
    expect(outcome.cohorts[0]!.medianSalesChangePercent).not.toBeNull();
    expect(outcome.comparison?.participants).toBeGreaterThan(0);
    const assistant = seeded!.accounts.find((a) => a.role === 'assistant')!;
    const worklist = await services.followup.worklist((await services.auth.login(assistant.username, assistant.password)).actor, DEMO_KODE_WILAYAH, { state: 'open', limit: 500 });
    expect(worklist.counts.overdue).toBeGreaterThan(0);
    const report = await services.reports.report(headActor, DEMO_KODE_WILAYAH, new Date().getFullYear());
    const bookkeeping = report.targets.find((t) => t.title === 'Pelatihan Pembukuan Sederhana');
    expect(bookkeeping, JSON.stringify(report.targets)).toMatchObject({ realised: 8, completed: 7 });
    expect(report.needsVsOffered.some((c) => c.needed > 0 && c.offered > 0)).toBe(true);

    // A word common enough to take the ordered-index path (more than TOTAL_CAP matches) gives the same
    // pages as sorting every match.
    const officerActor = (await services.auth.login(officer.username, officer.password)).actor;
    let common: string | undefined;
    for (const word of ['ang', 'aya', 'man']) {
      const [c] = await queryRows<{ n: number | string }>(database.db, sql`select count(*) as n from businesses where search_text like ${'%' + word + '%'}`);
      if (Number(c!.n) > 1000) { common = word; break; }
    }
    expect(common).toBeDefined();
    const expected = await queryRows<{ id: string }>(
      database.db,
      sql`select id from businesses where search_text like ${'%' + common + '%'} order by search_text, id limit 40`,
    );
    const page1 = await services.registry.search(officerActor, DEMO_KODE_WILAYAH, { q: common, page: 1, pageSize: 20 });
    const page2 = await services.registry.search(officerActor, DEMO_KODE_WILAYAH, { q: common, page: 2, pageSize: 20 });
    expect(page1.totalIsCapped).toBe(true);
    expect([...page1.items, ...page2.items].map((i) => i.id)).toEqual(expected.map((e) => e.id));
    const rare = await services.registry.search(officerActor, DEMO_KODE_WILAYAH, { q: `${common} zzqx`, page: 1, pageSize: 20 });
    expect(rare).toMatchObject({ total: 0, totalIsCapped: false, items: [] });
  }, 180_000); // seeds 6,000 businesses, the demo programmes and their follow-up, then VACUUM ANALYZE: over a minute on a busy shared machine
});
