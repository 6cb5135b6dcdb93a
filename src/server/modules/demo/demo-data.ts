/**
 * Deterministic synthetic registry for the demo regency and for benchmarks (up to a few million businesses).
 * Pure and streaming: every generator walks the plan from the start holding one owner's businesses at a time,
 * so it can be re-run, memory stays flat, and the same seed (and `today`) always gives the same rows.
 *
 * Rows stay consistent without materialised lists: an owner is keyed by the index of its first business and
 * owns the next 1–3 indexes. Every attribute is drawn from a small PRNG seeded by (seed, stream, index), so
 * business j, its licences and its metric snapshots are recomputed from j (and its owner from the owner key).
 */
import type { CopyValue } from '../../db/copy';
import { SALES_CHANNELS } from '../registry/registry.table';
import { classifyScale, type Scale } from '../../kernel/scale-rules';
import { buildSearchText } from '../registry/search-text';
import type { Region, RegionDirectory } from '../tenancy/regions';
import * as N from './demo-names';

/** What to generate. `today` fixes "now" (start years, expiries, "naik kelas this year"); pass it for reproducible rows. */
export interface DemoOptions {
  kodeWilayah: string;
  businesses: number;
  seed?: number;
  today?: Date;
}

/** Rows for the four registry tables in the column order of the *_COLUMNS constants; each call starts a fresh walk. */
export interface DemoPlan {
  kodeWilayah: string;
  businessCount: number;
  owners(): Generator<CopyValue[]>;
  businesses(): Generator<CopyValue[]>;
  licences(): Generator<CopyValue[]>;
  metrics(): Generator<CopyValue[]>;
}

/** Columns of `owners()` rows (table owners); version and updated_at keep their defaults. */
export const OWNER_COLUMNS = ['kode_wilayah', 'id', 'full_name', 'nik', 'gender', 'birth_date', 'phone', 'address', 'desa_code', 'created_at'] as const;
/** Columns of `businesses()` rows; created_at/updated_at are the first/latest snapshot's, so "registered this year" works. */
export const BUSINESS_COLUMNS = [
  'kode_wilayah', 'id', 'owner_id', 'name', 'search_text', 'kbli', 'sector', 'kecamatan_code', 'desa_code', 'address', 'start_year', 'status',
  'status_reason', 'capital', 'annual_sales', 'workers_male', 'workers_female', 'sales_channels', 'scale', 'scale_rule_id', 'created_at', 'updated_at',
  'has_nib',
] as const;
/** Columns of `licences()` rows (table licences). */
export const LICENCE_COLUMNS = ['kode_wilayah', 'id', 'business_id', 'kind', 'number', 'issued_on', 'expires_on', 'halal_route'] as const;
/** Columns of `metrics()` rows (table business_metrics). */
export const METRIC_COLUMNS = [
  'kode_wilayah', 'id', 'business_id', 'recorded_on', 'capital', 'annual_sales', 'workers_male', 'workers_female', 'scale', 'previous_scale',
  'scale_rule_id', 'source', 'created_at',
] as const;
/** Licence serials are 7-digit bijections of the business index (see `serial`), so 10^7 is the hard ceiling. */
export const MAX_BUSINESSES = 5_000_000;

const RULE = 'PP7_2021';
const DAY_MS = 86_400_000;
const JT = 1_000_000;
const M = 1_000_000_000;
/** PRNG streams, one per kind of draw, so adding a draw to one stream never shifts another's values. */
const S = { ownerId: 1, businessId: 2, licenceId: 3, metricId: 4, owner: 5, business: 6, licence: 7, group: 8, location: 9, stamp: 10 } as const;

// --- deterministic randomness ------------------------------------------------------------------------------------

/** murmur3's 32-bit finaliser: a bijection on uint32, so distinct indexes give distinct outputs. */
function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
type Rng = N.Rng;
/** mulberry32: tiny, fast and good enough for synthetic data (32 bits of state, hence not used for ids). */
const mulberry32 = (a: number): Rng => () => {
  a = (a + 0x6d2b79f5) | 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
// Byte table: Number#toString(16) made uuid() a third of the generator's time.
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex8 = (w: number) => HEX[w >>> 24]! + HEX[(w >>> 16) & 255]! + HEX[(w >>> 8) & 255]! + HEX[w & 255]!;
/**
 * A v4-formatted UUID for (stream, index). Its first 32 bits are a bijection of the index, so ids never collide
 * within a stream (a PRNG with 32 bits of state would repeat about a hundred times in a million ids).
 */
function uuid(stream: number, index: number): string {
  const w0 = fmix((index ^ stream) >>> 0);
  const h1 = hex8((fmix(w0 ^ 0x68e31da4) & 0xffff0fff) | 0x4000); // version 4
  const h2 = hex8((fmix(w0 ^ 0xb5297a4d) & 0x3fffffff) | 0x80000000); // variant 10xx
  return `${hex8(w0)}-${h1.slice(0, 4)}-${h1.slice(4)}-${h2.slice(0, 4)}-${h2.slice(4)}${hex8(fmix(w0 ^ 0x1b56c4e9))}`;
}
const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const chance = (r: Rng, p: number) => r() < p;
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const logUniform = (r: Rng, lo: number, hi: number) => Math.exp(Math.log(lo) + r() * Math.log(hi / lo));
const gauss = (r: Rng) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
const roundTo = (x: number, step: number) => Math.round(x / step) * step;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** A `digits`-digit licence serial, a bijection of j (the multiplier is coprime with 10): unique, yet not visibly counting. */
const serial = (j: number, digits: number, salt: number) => pad((j * 7_368_787 + salt) % 10 ** digits, digits);
/** Picks an index from cumulative weights. */
function weighted(r: Rng, cumulative: readonly number[]): number {
  const x = r() * cumulative[cumulative.length - 1]!;
  return cumulative.findIndex((c) => c > x);
}
/** Uneven but fixed weights from a place's code (not the seed): the same kecamatan is always the busy one. */
function placeWeights(places: readonly Region[]): number[] {
  let sum = 0;
  return places.map((p) => {
    const u = fmix([...p.code].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0) / 4294967296;
    return (sum += 0.35 + 2.5 * u * u); // 0.35–2.85: an 8× spread, with no place left empty
  });
}
const SECTOR_CUM = N.SECTOR_WEIGHTS.reduce<number[]>((acc, [, w]) => [...acc, (acc[acc.length - 1] ?? 0) + w], []);

// --- dates (as UTC day numbers) ----------------------------------------------------------------------------------

const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
// toISOString is slow, and millions of dates fall on a few tens of thousands of days: cache the strings.
const isoCache: string[] = [];
const iso = (day: number) => (isoCache[day + 40_000] ??= new Date(day * DAY_MS).toISOString().slice(0, 10));
const yearOf = (day: number) => Number(iso(day).slice(0, 4));
const plusYears = (day: number, years: number) => dayOf(yearOf(day) + years, Number(iso(day).slice(5, 7)), Number(iso(day).slice(8)));
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const between = (r: Rng, from: number, to: number) => (to <= from ? from : int(r, from, to));

interface Place { kec: Region; desa: Region }
interface Snapshot { day: number; capital: number | null; sales: number | null; male: number; female: number; scale: Scale; previous: Scale | null; source: string }
interface Owner {
  key: number; id: string; fullName: string; given: string; gender: 'L' | 'P'; birthYear: number;
  nik: string | null; birthDate: string | null; phone: string | null; address: string | null; place: Place;
}
interface Business {
  j: number; id: string; owner: Owner; name: string; product: N.Product; sector: N.Sector; kbli: string | null; place: Place; address: string | null;
  startYear: number; status: string; reason: string | null; channels: string[]; snapshots: Snapshot[]; scale: Scale;
}

/**
 * Plans a synthetic registry of `opts.businesses` businesses over every kecamatan and desa of `opts.kodeWilayah`.
 * Nothing is generated until a generator is iterated. Throws for an unknown regency.
 */
export function demoPlan(regions: RegionDirectory, opts: DemoOptions): DemoPlan {
  const { kodeWilayah: kw, businesses: n } = opts;
  if (!Number.isInteger(n) || n < 0 || n > MAX_BUSINESSES) throw new Error(`businesses must be an integer from 0 to ${MAX_BUSINESSES}, got ${n}`);
  const kecs = regions.kecamatanOf(kw);
  if (!kecs.length) throw new Error(`no kecamatan for regency ${kw}`);
  const seed = (opts.seed ?? 1) >>> 0;
  const today = opts.today ?? new Date();
  const todayDay = Math.floor(today.getTime() / DAY_MS);
  const year = today.getUTCFullYear();
  const lastDayPrevYear = dayOf(year, 1, 1) - 1;
  const regencyDigits = kw.replace('.', '');
  const ids = Object.fromEntries(Object.entries(S).map(([k, v]) => [k, fmix((seed ^ Math.imul(v, 0x9e3779b9)) >>> 0)])) as Record<keyof typeof S, number>;
  const rng = (stream: keyof typeof S, index: number) => mulberry32(fmix((index ^ ids[stream]) >>> 0));
  const salt = ids.licenceId % 1_000_000;

  const kecCum = placeWeights(kecs);
  const desas = kecs.map((k) => regions.desaOf(k.code));
  const desaCum = desas.map(placeWeights);
  const placeOf = (j: number): Place => {
    const r = rng('location', j);
    const k = weighted(r, kecCum);
    return { kec: kecs[k]!, desa: desas[k]![weighted(r, desaCum[k]!)]! };
  };
  /** created_at in office hours (WIB); on today's date, just after midnight so it is never in the future. */
  const stamp = (r: Rng, day: number) => `${iso(day)} ${day >= todayDay ? '00' : pad(int(r, 8, 15), 2)}:${pad(int(r, 0, 59), 2)}:00+07`;

  function ownerOf(key: number): Owner {
    const r = rng('owner', key);
    const place = placeOf(key);
    const gender = chance(r, 0.56) ? 'P' : 'L'; // women run most of the micro businesses offices register
    const birthYear = 1955 + Math.floor(((r() + r()) / 2) * 50); // 1955–2004, most born around 1980
    const month = int(r, 1, 12);
    const day = int(r, 1, daysInMonth(birthYear, month));
    const { fullName, given } = N.personName(r, gender, birthYear);
    // ~80% have a valid NIK, the rest none: invalid NIKs would be realistic, but the registry refuses them.
    let nik: string | null = null;
    if (chance(r, 0.8)) {
      const issuedIn = (chance(r, 0.9) ? place.kec : pick(r, kecs)).code; // the card may come from where the owner grew up
      nik = issuedIn.replaceAll('.', '') + pad(day + (gender === 'P' ? 40 : 0), 2) + pad(month, 2) + pad(birthYear % 100, 2) + pad(int(r, 1, 999), 4);
    }
    const birthDate = nik || chance(r, 0.4) ? iso(dayOf(birthYear, month, day)) : null;
    const phone = chance(r, 0.85) ? `+62${pick(r, N.MOBILE_PREFIXES)}${pad(int(r, 0, 9_999_999), 7)}${chance(r, 0.5) ? int(r, 0, 9) : ''}` : null;
    const address = chance(r, 0.95) ? N.kampungAddress(r) : null;
    return { key, id: uuid(ids.ownerId, key), fullName, given, gender, birthYear, nik, birthDate, phone, address, place };
  }

  function businessOf(j: number, owner: Owner, first: Business | undefined): Business {
    const r = rng('business', j);
    const place = !first || chance(r, 0.7) ? owner.place : placeOf(j); // a second business is usually in the same desa
    const sector = N.SECTOR_WEIGHTS[weighted(r, SECTOR_CUM)]![0];
    const product = pick(r, N.CATALOGUE[sector]);
    const tierRoll = r();
    const tier: Scale = tierRoll < 0.965 ? 'micro' : tierRoll < 0.995 ? 'small' : 'medium';
    const name = N.businessName(r, product, owner, place.kec.name, tier === 'micro');
    const kbli = chance(r, 0.92) ? product.kbli : null;
    const statusRoll = r();
    const [status, reason] =
      statusRoll < 0.85 ? ['active', null] : statusRoll < 0.95 ? ['dormant', pick(r, N.DORMANT_REASONS)] : ['closed', pick(r, N.CLOSED_REASONS)];
    // Start years skew recent, ~1.5% this year; nobody starts before 17.
    const age = chance(r, 0.015) ? 0 : 1 + Math.floor(-Math.log(1 - r()) * 6);
    let startYear = Math.min(year, Math.max(year - age, 1995, owner.birthYear + 17));
    const address = !first && chance(r, 0.5) ? owner.address // run from home
      : chance(r, 0.9) ? (chance(r, 0.65) ? N.kampungAddress(r) : `Jl. Raya ${place.kec.name} No. ${int(r, 1, 250)}`) : null;
    const channels = SALES_CHANNELS.filter((c) => chance(r, N.CHANNEL_SHARES[c] + (tier === 'micro' ? 0 : 0.15)));

    // Current figures (integer rupiah, rounded the way office forms record them).
    let sales: number | null, capital: number | null, male: number, female: number;
    if (tier === 'micro') {
      sales = chance(r, 0.04) ? null : roundTo(Math.min(1.5 * M, Math.max(12 * JT, 60 * JT * Math.exp(1.1 * gauss(r)))), 100_000);
      capital = chance(r, 0.08) ? null : roundTo(Math.min(950 * JT, Math.max(JT, (sales ?? 50 * JT) * (0.15 + 0.9 * r()))), 500_000);
      male = int(r, 0, 2);
      female = int(r, 0, 2);
    } else {
      const small = tier === 'small';
      sales = roundTo(small ? logUniform(r, 2.2 * M, 13 * M) : logUniform(r, 16 * M, 45 * M), JT);
      capital = roundTo(small ? logUniform(r, 0.3 * M, 4 * M) : logUniform(r, 2 * M, 9 * M), JT);
      const workers = small ? int(r, 5, 19) : int(r, 20, 99);
      male = Math.round(workers * (0.25 + 0.5 * r()));
      female = workers - male;
    }
    const scale = classifyScale(RULE, { capital, annualSales: sales });

    // ~15% of small businesses moved up from micro this year (≈0.45% of all, near the 104 of 32,271 one office
    // reported) and ~30% in an earlier year; those need a micro past, so they started before.
    const history = tier === 'small' ? r() : 1;
    if (history < 0.45) startYear = Math.min(startYear, year - (history < 0.15 ? 1 : 2));
    // Registration (first snapshot): records go back five years, and follow the owner's first business.
    const regFrom = Math.max(dayOf(startYear, 1, 1), dayOf(year - 5, 1, 1), first?.snapshots[0]!.day ?? -Infinity);
    const current: Snapshot = { day: 0, capital, sales, male, female, scale, previous: null, source: 'create' };
    const snapshots = [current];
    const pastEnd = history < 0.15 ? lastDayPrevYear : lastDayPrevYear - 90;
    if (history < 0.45 && regFrom <= pastEnd - 60) {
      const past: Snapshot = {
        day: between(r, regFrom, pastEnd - 60),
        capital: Math.min(0.9 * M, roundTo(capital! * (0.3 + 0.4 * r()), JT)),
        sales: Math.min(1.95 * M, Math.max(12 * JT, roundTo(sales! * (0.35 + 0.45 * r()), JT))),
        male: int(r, 1, 2), female: int(r, 1, 2), scale: 'micro', previous: null, source: 'create',
      };
      past.scale = classifyScale(RULE, { capital: past.capital, annualSales: past.sales });
      snapshots.unshift(past);
      Object.assign(current, { previous: past.scale, source: 'update' });
      current.day = history < 0.15 ? between(r, lastDayPrevYear + 1, todayDay) : between(r, past.day + 30, pastEnd);
    } else current.day = between(r, regFrom, todayDay);
    return { j, id: uuid(ids.businessId, j), owner, name, product, sector, kbli, place, address, startYear, status, reason, channels, snapshots, scale };
  }

  /** One owner and its businesses at a time. ~15% of owners run 2–3 businesses. */
  function* groups(): Generator<Business[]> {
    for (let j = 0; j < n; ) {
      const g = rng('group', j)();
      const size = Math.min(g < 0.85 ? 1 : g < 0.97 ? 2 : 3, n - j);
      const owner = ownerOf(j);
      const list: Business[] = [];
      for (let t = 0; t < size; t++) list.push(businessOf(j + t, owner, list[0]));
      yield list;
      j += size;
    }
  }

  /** Share of businesses holding an NIB by scale: most micro businesses have none (DOMAIN.md). */
  const nibChance = (scale: string) => (scale === 'micro' ? 0.2 : scale === 'small' ? 0.85 : 1);
  /** The first draw of the licence stream decides the NIB, so businesses() and licences() agree on it. */
  const holdsNib = (b: Business) => chance(rng('licence', b.j), nibChance(b.scale));

  // Numbers embed serial(j) so each (regency, kind, number) is unique, as the table's unique key demands.
  function* licencesOf(b: Business): Generator<CopyValue[]> {
    const r = rng('licence', b.j);
    const start = dayOf(b.startYear, 1, 1);
    const micro = b.scale === 'micro';
    const row = (k: number, kind: string, number: string | null, issued: number, expires: number | null, route: string | null = null) =>
      [kw, uuid(ids.licenceId, b.j * 8 + k), b.id, kind, number, iso(issued), expires === null ? null : iso(expires), route];
    if (chance(r, nibChance(b.scale))) {
      const issued = between(r, Math.max(start, dayOf(2018, 7, 9)), todayDay); // OSS has issued NIBs since July 2018
      yield row(0, 'NIB', `${chance(r, 0.7) ? 9 : 1}${pad(yearOf(issued) % 100, 2)}${serial(b.j, 10, salt)}`, issued, null); // 13 digits
    }
    if (chance(r, micro ? 0.25 : 0.3)) {
      const issued = between(r, Math.max(start, dayOf(2010, 1, 1)), todayDay);
      yield row(1, 'SKU', chance(r, 0.7) ? `503/${b.j + 1}/SKU/${yearOf(issued)}` : null, issued, null); // village letters often lack a number
    }
    if (b.product.food === 'packaged' && chance(r, micro ? 0.35 : 0.7)) {
      const issued = between(r, Math.max(start, todayDay - 8 * 365), todayDay);
      const expires = plusYears(issued, 5); // PIRT lasts 5 years, so some in the registry have lapsed
      yield row(2, 'PIRT', `${pad(int(r, 1, 16), 2)}${regencyDigits}${serial(b.j, 7, salt)}${pad(yearOf(expires) % 100, 2)}`, issued, expires);
    }
    if (b.product.food && chance(r, micro ? (b.product.food === 'packaged' ? 0.2 : 0.1) : 0.5)) {
      const issued = between(r, Math.max(start, dayOf(2019, 10, 17)), todayDay); // mandatory halal certification began
      const number = `ID${regencyDigits}1${serial(b.j, 8, salt)}${iso(issued).slice(5, 7)}${iso(issued).slice(2, 4)}`;
      yield row(3, 'HALAL', number, issued, plusYears(issued, 4), micro && chance(r, 0.85) ? 'self_declare' : 'regular');
    }
    if (chance(r, micro ? 0.015 : 0.25)) {
      const issued = between(r, Math.max(start, dayOf(2015, 1, 1)), todayDay);
      yield row(4, 'HKI', `IDM${serial(b.j, 9, salt)}`, issued, plusYears(issued, 10)); // a brand is protected 10 years
    }
    if (chance(r, micro ? 0.15 : b.scale === 'small' ? 0.75 : 1)) {
      const issued = between(r, Math.max(start, dayOf(2008, 1, 1)), todayDay);
      const old = `${pick(r, ['07', '08', '09'])}${serial(b.j, 7, salt)}${int(r, 0, 9)}44100`; // the 15-digit form
      yield row(5, 'NPWP', issued >= dayOf(2024, 1, 1) && chance(r, 0.6) ? `0${old}` : old, issued, null); // 16 digits since 2024
    }
  }

  return {
    kodeWilayah: kw,
    businessCount: n,
    *owners() {
      for (const [first] of groups()) {
        const o = first!.owner;
        // Registered with its first business: the same stamp draw gives the same created_at.
        const created = stamp(rng('stamp', o.key), first!.snapshots[0]!.day);
        yield [kw, o.id, o.fullName, o.nik, o.gender, o.birthDate, o.phone, o.address, o.place.desa.code, created];
      }
    },
    *businesses() {
      for (const list of groups()) {
        for (const b of list) {
          const c = b.snapshots[b.snapshots.length - 1]!;
          const r = rng('stamp', b.j);
          const created = stamp(r, b.snapshots[0]!.day);
          const updated = b.snapshots.length > 1 ? stamp(r, c.day) : created;
          const search = buildSearchText(b.name, b.owner.fullName);
          yield [kw, b.id, b.owner.id, b.name, search, b.kbli, b.sector, b.place.kec.code, b.place.desa.code, b.address, b.startYear, b.status,
            b.reason, c.capital, c.sales, c.male, c.female, b.channels, c.scale, RULE, created, updated, holdsNib(b)];
        }
      }
    },
    *licences() {
      for (const list of groups()) for (const b of list) yield* licencesOf(b);
    },
    *metrics() {
      for (const list of groups()) {
        for (const b of list) {
          const r = rng('stamp', b.j); // the business row's draws, so created_at/updated_at match the snapshots
          for (const [k, s] of b.snapshots.entries()) {
            yield [kw, uuid(ids.metricId, b.j * 4 + k), b.id, iso(s.day), s.capital, s.sales, s.male, s.female, s.scale, s.previous, RULE, s.source,
              stamp(r, s.day)];
          }
        }
      }
    },
  };
}
