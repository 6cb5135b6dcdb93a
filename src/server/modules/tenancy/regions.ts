import { getDistricts, getRegencies, getVillages } from 'idn-area-data';

/** A region from the Ministry of Home Affairs list (kode wilayah and name). */
export interface Region {
  code: string;
  name: string;
}

/**
 * The official region lists from `idn-area-data`, indexed once. Never hand-typed: the package is the
 * source of truth for regency, kecamatan and desa codes (and for the region digits of a NIK).
 */
export interface RegionDirectory {
  regency(code: string): Region | undefined;
  kecamatanOf(regencyCode: string): Region[];
  desaOf(kecamatanCode: string): Region[];
  kecamatan(code: string): Region | undefined;
  desa(code: string): Region | undefined;
  /** True when the 6 NIK region digits (PPRRKK) name an existing kecamatan. */
  nikRegionExists(sixDigits: string): boolean;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());

/** Loads and indexes the lists (about 90 k villages; ~0.3 s, done once per process). */
export async function loadRegionDirectory(): Promise<RegionDirectory> {
  const [regencies, districts, villages] = await Promise.all([getRegencies(), getDistricts(), getVillages()]);
  const regencyByCode = new Map(regencies.map((r) => [r.code, { code: r.code, name: r.name }]));
  const kecamatanByCode = new Map<string, Region>();
  const kecamatanByRegency = new Map<string, Region[]>();
  const nikRegions = new Set<string>();
  for (const d of districts) {
    const region = { code: d.code, name: titleCase(d.name) };
    kecamatanByCode.set(d.code, region);
    const list = kecamatanByRegency.get(d.regency_code) ?? [];
    list.push(region);
    kecamatanByRegency.set(d.regency_code, list);
    nikRegions.add(d.code.replaceAll('.', ''));
  }
  const desaByCode = new Map<string, Region>();
  const desaByKecamatan = new Map<string, Region[]>();
  for (const v of villages) {
    const region = { code: v.code, name: titleCase(v.name) };
    desaByCode.set(v.code, region);
    const list = desaByKecamatan.get(v.district_code) ?? [];
    list.push(region);
    desaByKecamatan.set(v.district_code, list);
  }
  return {
    regency: (code) => regencyByCode.get(code),
    kecamatanOf: (code) => kecamatanByRegency.get(code) ?? [],
    desaOf: (code) => desaByKecamatan.get(code) ?? [],
    kecamatan: (code) => kecamatanByCode.get(code),
    desa: (code) => desaByCode.get(code),
    nikRegionExists: (six) => nikRegions.has(six),
  };
}
