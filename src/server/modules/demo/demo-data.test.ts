import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CopyValue } from '../../db/copy';
import { checkNik } from '../registry/nik';
import { normalisePhone } from '../../kernel/phone';
import { classifyScale } from '../../kernel/scale-rules';
import { loadRegionDirectory, type RegionDirectory } from '../tenancy/regions';
import { BUSINESS_COLUMNS, demoPlan, LICENCE_COLUMNS, METRIC_COLUMNS, OWNER_COLUMNS, type DemoOptions } from './demo-data';
import { DENIED_NAMES } from './demo-names';

const KW = '32.04';
const TODAY = new Date('2026-11-23T05:00:00Z');
let regions: RegionDirectory;
beforeAll(async () => {
  regions = await loadRegionDirectory();
});

const plan = (opts: Partial<DemoOptions> = {}) => demoPlan(regions, { kodeWilayah: KW, businesses: 2_000, seed: 42, today: TODAY, ...opts });
/** Rows as objects keyed by column name, for readable assertions. */
function records<C extends readonly string[]>(columns: C, rows: Iterable<CopyValue[]>): Record<C[number], CopyValue>[] {
  return [...rows].map((row) => {
    expect(row).toHaveLength(columns.length);
    return Object.fromEntries(columns.map((c, i) => [c, row[i]])) as Record<C[number], CopyValue>;
  });
}
const take = (rows: Iterable<CopyValue[]>, n: number) => {
  const out: CopyValue[][] = [];
  for (const row of rows) if (out.push(row) >= n) break;
  return out;
};

describe('demo data (2,000 businesses in Kabupaten Bandung)', () => {
  let owners: Record<(typeof OWNER_COLUMNS)[number], CopyValue>[];
  let businesses: Record<(typeof BUSINESS_COLUMNS)[number], CopyValue>[];
  let licences: Record<(typeof LICENCE_COLUMNS)[number], CopyValue>[];
  let metrics: Record<(typeof METRIC_COLUMNS)[number], CopyValue>[];
  beforeAll(() => {
    const p = plan();
    owners = records(OWNER_COLUMNS, p.owners());
    businesses = records(BUSINESS_COLUMNS, p.businesses());
    licences = records(LICENCE_COLUMNS, p.licences());
    metrics = records(METRIC_COLUMNS, p.metrics());
  });

  it('makes the requested number of businesses, each owned by a generated owner', () => {
    expect(businesses).toHaveLength(2_000);
    const ownerIds = new Set(owners.map((o) => o.id));
    expect(ownerIds.size).toBe(owners.length);
    expect(new Set(businesses.map((b) => b.id)).size).toBe(2_000);
    for (const b of businesses) expect(ownerIds.has(b.owner_id)).toBe(true);
    for (const id of [...owners.map((o) => o.id), ...businesses.map((b) => b.id), ...licences.map((l) => l.id), ...metrics.map((m) => m.id)]) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('gives every non-null NIK a valid structure matching gender and birth date; ~80% have one', () => {
    const withNik = owners.filter((o) => o.nik !== null);
    expect(withNik.length / owners.length).toBeGreaterThan(0.75);
    expect(withNik.length / owners.length).toBeLessThan(0.85);
    for (const o of withNik) {
      const check = checkNik(o.nik as string, regions, TODAY);
      expect(check, String(o.nik)).toMatchObject({ ok: true });
      if (!check.ok) continue;
      expect(check.facts.gender).toBe(o.gender);
      expect(check.facts.birthDate).toBe(o.birth_date);
      expect(check.facts.regionDigits.slice(0, 4)).toBe('3204');
    }
    expect(owners.some((o) => o.gender === 'L')).toBe(true);
    expect(owners.some((o) => o.gender === 'P')).toBe(true);
  });

  it('stores phones already normalised (normalisePhone leaves them unchanged); ~85% have one', () => {
    const phones = owners.map((o) => o.phone).filter((p): p is string => p !== null);
    expect(phones.length / owners.length).toBeGreaterThan(0.8);
    for (const p of phones) expect(normalisePhone(p)).toBe(p);
  });

  it('places every business in a desa of its kecamatan, and every kecamatan of the regency gets some', () => {
    const kecamatan = new Set(regions.kecamatanOf(KW).map((k) => k.code));
    for (const b of businesses) {
      expect(kecamatan.has(b.kecamatan_code as string)).toBe(true);
      expect(regions.desaOf(b.kecamatan_code as string).some((d) => d.code === b.desa_code)).toBe(true);
    }
    for (const o of owners) expect(regions.desa(o.desa_code as string)?.code.startsWith(`${KW}.`)).toBe(true);
    expect(new Set(businesses.map((b) => b.kecamatan_code))).toEqual(kecamatan);
  });

  it('classifies every business by PP 7/2021 from its own figures, mostly micro', () => {
    for (const b of businesses) {
      expect(b.scale).toBe(classifyScale('PP7_2021', { capital: b.capital as number | null, annualSales: b.annual_sales as number | null }));
      expect(b.scale_rule_id).toBe('PP7_2021');
    }
    const micro = businesses.filter((b) => b.scale === 'micro').length;
    expect(micro / businesses.length).toBeGreaterThan(0.94);
    expect(businesses.some((b) => b.scale === 'small')).toBe(true);
  });

  it('has owners with more than one business', () => {
    const perOwner = new Map<CopyValue, number>();
    for (const b of businesses) perOwner.set(b.owner_id, (perOwner.get(b.owner_id) ?? 0) + 1);
    const multi = [...perOwner.values()].filter((n) => n > 1).length;
    expect(multi / perOwner.size).toBeGreaterThan(0.1);
    expect(Math.max(...perOwner.values())).toBeLessThanOrEqual(3);
  });

  it('gives NIBs 13 unique digits and keeps every (kind, number) unique', () => {
    const nibs = licences.filter((l) => l.kind === 'NIB').map((l) => l.number as string);
    expect(nibs.length).toBeGreaterThan(300);
    for (const n of nibs) expect(n).toMatch(/^\d{13}$/);
    expect(new Set(nibs).size).toBe(nibs.length);
    const numbered = licences.filter((l) => l.number !== null).map((l) => `${String(l.kind)}:${String(l.number)}`);
    expect(new Set(numbered).size).toBe(numbered.length);
    for (const l of licences.filter((x) => x.kind === 'NPWP')) expect(l.number).toMatch(/^\d{15,16}$/);
    for (const l of licences) if (l.expires_on !== null) expect(l.expires_on > (l.issued_on as string)).toBe(true);
    expect(licences.filter((l) => l.kind === 'HALAL').every((l) => l.halal_route !== null)).toBe(true);
    expect(licences.filter((l) => l.kind !== 'HALAL').every((l) => l.halal_route === null)).toBe(true);
  });

  it('keeps the business row equal to its latest metric snapshot, and has moves up a class this year', () => {
    const byBusiness = new Map<CopyValue, typeof metrics>();
    for (const m of metrics) byBusiness.set(m.business_id, [...(byBusiness.get(m.business_id) ?? []), m]);
    for (const b of businesses) {
      const snaps = byBusiness.get(b.id)!;
      expect(snaps[0]!.source).toBe('create');
      expect(snaps[0]!.previous_scale).toBeNull();
      expect((snaps[0]!.recorded_on as string).slice(0, 4) >= String(b.start_year)).toBe(true);
      const last = snaps[snaps.length - 1]!;
      expect([last.capital, last.annual_sales, last.workers_male, last.workers_female, last.scale]).toEqual([
        b.capital, b.annual_sales, b.workers_male, b.workers_female, b.scale,
      ]);
      expect(last.recorded_on as string <= '2026-11-23').toBe(true);
    }
    const movedThisYear = metrics.filter((m) => m.previous_scale === 'micro' && m.scale === 'small' && String(m.recorded_on).startsWith('2026'));
    expect(movedThisYear.length).toBeGreaterThan(0);
  });

  it('only uses values COPY accepts and never produces a denied (real-person) name', () => {
    for (const row of [...owners, ...businesses, ...licences, ...metrics]) {
      for (const v of Object.values(row)) {
        const ok = v === null || ['string', 'number', 'boolean'].includes(typeof v) || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
        expect(ok).toBe(true);
        if (typeof v === 'number') expect(Number.isSafeInteger(v)).toBe(true);
      }
    }
    for (const o of owners) {
      const bare = String(o.full_name).replace(/^Hj?\. /, '').toLowerCase();
      expect(DENIED_NAMES.has(bare)).toBe(false);
    }
    expect(businesses.filter((b) => b.start_year === 2026).length).toBeGreaterThan(0);
  });

  it('is deterministic per seed and differs across seeds', () => {
    for (const gen of ['owners', 'businesses', 'licences', 'metrics'] as const) {
      expect(take(plan()[gen](), 50)).toEqual(take(plan()[gen](), 50));
      expect(take(plan({ seed: 43 })[gen](), 50)).not.toEqual(take(plan()[gen](), 50));
    }
  });
});

describe('demo data at benchmark size', () => {
  it('streams 200,000 businesses with bounded memory', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    const p = plan({ businesses: 200_000 });
    let rows = 0;
    for (const gen of [p.owners(), p.businesses(), p.licences(), p.metrics()]) {
      for (const _row of gen) {
        if (++rows % 100_000 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - base);
        }
      }
    }
    expect(rows).toBeGreaterThan(500_000);
    expect(peak).toBeLessThan(100 * 1024 * 1024);
    // Speed is measured by bench/registry.bench.ts, never asserted here (a loaded machine would fail it).
  }, 60_000);
});
