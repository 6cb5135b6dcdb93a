import { beforeAll, describe, expect, it } from 'vitest';
import { generateTruthSet, pairKey } from '../../../../bench/dedupe-truth';
import { BRAND_WORDS, CATALOGUE, MALE_FAMILY, MALE_GIVEN } from '../demo/demo-names';
import type { MatchRecord } from './match-score';
import { type CandidatePair, DEFAULT_MIN_SCORE, findDuplicatePairs, findDuplicatePairsWithStats } from './pair-finder';

let serial = 0;
const rec = (r: Partial<MatchRecord>): MatchRecord => ({
  id: `id-${String(++serial).padStart(5, '0')}`,
  businessName: 'Keripik Tempe Bu Euis',
  ownerName: 'Euis Rohayati',
  nik: null,
  phone: null,
  nib: null,
  kecamatanCode: '32.04.12',
  desaCode: '32.04.12.2001',
  ...r,
});
const keys = (pairs: CandidatePair[]) => pairs.map((p) => `${p.a}|${p.b}`);

describe('findDuplicatePairs', () => {
  const euis = rec({ nik: '3204124512780003', phone: '+6281234567801' });
  const euisAgain = rec({ businessName: 'Kripik Tempe Euis', ownerName: 'Hj. Euis Rohayati', phone: '081234567801' }); // no NIK
  const euisOtherBusiness = rec({ businessName: 'Konveksi Euis', nik: '3204124512780003', phone: '+6281234567801' });
  const euisTypo = rec({ businessName: 'Keripik Tmepe Bu Euis', ownerName: 'Euis R.', desaCode: '32.04.12.2001' }); // no NIK, no phone
  const namesake = rec({ ownerName: 'Euis Nurjanah', nik: '3204125001850007', phone: '+6285700000001' });
  const elsewhere = rec({ businessName: 'Bengkel Motor Pak Asep', ownerName: 'Asep Saepudin', kecamatanCode: '32.04.13', desaCode: '32.04.13.2001' });
  const all = [euis, euisAgain, euisOtherBusiness, euisTypo, namesake, elsewhere];

  it('finds the duplicates once each, ids ordered, best first, with reasons', async () => {
    const pairs = await findDuplicatePairs([all.slice(0, 3), all.slice(3)]);
    expect(keys(pairs).sort()).toEqual([`${euis.id}|${euisAgain.id}`, `${euis.id}|${euisTypo.id}`, `${euisAgain.id}|${euisTypo.id}`].sort());
    for (const p of pairs) {
      expect(p.a < p.b).toBe(true);
      expect(p.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
      expect(p.reasons.length).toBeGreaterThan(0);
    }
    expect(pairs.map((p) => p.score)).toEqual([...pairs.map((p) => p.score)].sort((x, y) => y - x));
    expect(pairs[0]!.reasons).toContain('phone_equal');
  });

  it('accepts async batches and honours minScore', async () => {
    async function* stream() {
      for (const r of all) yield [r];
    }
    const high = await findDuplicatePairs(stream(), { minScore: 0.99 });
    expect(keys(high)).toEqual([`${euis.id}|${euisAgain.id}`]);
  });

  it('with onlyInvolving, proposes only pairs touching those records', async () => {
    const pairs = await findDuplicatePairs([all], { onlyInvolving: new Set([euisTypo.id]) });
    expect(keys(pairs).sort()).toEqual([`${euis.id}|${euisTypo.id}`, `${euisAgain.id}|${euisTypo.id}`].sort());
  });

  it('sub-blocks a placeholder phone shared by thousands instead of comparing all pairs, and still finds duplicates in it', async () => {
    const placeholder = '+6281234567890';
    const products = Object.values(CATALOGUE).flat().map((p) => p.label);
    const crowd = Array.from({ length: 1800 }, (_, k) =>
      rec({
        phone: placeholder,
        businessName: `${products[k % products.length]} ${BRAND_WORDS[Math.floor(k / products.length) % BRAND_WORDS.length]}`,
        ownerName: `${MALE_GIVEN[k % MALE_GIVEN.length]} ${MALE_FAMILY[Math.floor(k / MALE_GIVEN.length) % MALE_FAMILY.length]}`,
        desaCode: `32.04.12.${2001 + (k % 9)}`,
      }),
    );
    const dup = rec({ ...crowd[17]!, id: 'id-dup', ownerName: `Bpk. ${crowd[17]!.ownerName}` });
    const { pairs, stats } = await findDuplicatePairsWithStats([crowd, [dup]], { maxBlockSize: 200 });
    const phonePass = stats.passes.find((p) => p.key === 'phone')!;
    expect(phonePass.subBlocked).toBe(1);
    expect(phonePass.largestBlock).toBe(1801);
    expect(phonePass.scored).toBeLessThan(1801 * 25); // not 1.6 million
    expect(keys(pairs)).toEqual([`${crowd[17]!.id}|id-dup`]);
  });

  it('returns nothing for no records', async () => {
    expect(await findDuplicatePairs([])).toEqual([]);
    expect(await findDuplicatePairs([[], [euis]])).toEqual([]);
  });
});

describe('findDuplicatePairs on a generated truth set', () => {
  let truth: Awaited<ReturnType<typeof generateTruthSet>>;
  beforeAll(async () => {
    truth = await generateTruthSet(20_000, 11);
  }, 60_000);

  it('reaches precision ≥ 0.98 and recall ≥ 0.95 at the default threshold', async () => {
    const batches = [];
    for (let s = 0; s < truth.records.length; s += 5_000) batches.push(truth.records.slice(s, s + 5_000));
    const pairs = await findDuplicatePairs(batches);
    const tp = pairs.filter((p) => truth.truePairs.has(pairKey(p.a, p.b))).length;
    const precision = tp / pairs.length;
    const recall = tp / truth.truePairs.size;
    expect(truth.truePairs.size).toBeGreaterThan(1_000);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('does not pair an owner\'s other business, however much else agrees', async () => {
    const { plan, records } = truth;
    const byId = new Map(records.map((r, j) => [r.id, j]));
    const pairs = await findDuplicatePairs([records]);
    const sameOwner = pairs.filter((p) => plan.role(byId.get(p.b)!) === 'same_owner' || plan.role(byId.get(p.a)!) === 'same_owner');
    expect(sameOwner.filter((p) => !truth.truePairs.has(pairKey(p.a, p.b))).length).toBeLessThanOrEqual(2);
  }, 60_000);
});
