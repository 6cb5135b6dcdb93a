import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeWorkbook } from '../../../../tests/support/sheets';
import { KW, startTestApp, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
const cookies: Record<string, string> = {};
const as = (user: string) => ({ cookie: cookies[user]! });
const api = `/api/tenants/${KW}`;

interface Card { id: string; name: string; nik: string | null; deleted: boolean; sources: { label: string }[]; createdAt: string }
interface Pair { id: string; score: number; reasons: string[]; status: string; a: Card; b: Card; mergeId: string | null }

async function importOfficeWorkbook() {
  const up = await t.app.inject({
    method: 'POST', url: `${api}/imports?fileName=umkm.xlsx&label=Musrenbang%202026`,
    headers: { ...as('petugas'), 'content-type': 'application/octet-stream' }, payload: await officeWorkbook(),
  });
  const imp = up.json();
  const mapping = imp.columns.map((c: { label: string; field: string | null }) => (c.label.startsWith('Nama Pengusaha') ? 'ownerName' : c.field));
  await t.app.inject({ method: 'PUT', url: `${api}/imports/${imp.id}/mapping`, headers: as('petugas'), payload: { mapping, turnoverPeriod: 'monthly', label: 'Musrenbang 2026' } });
  const commit = await t.app.inject({ method: 'POST', url: `${api}/imports/${imp.id}/commit`, headers: as('petugas') });
  expect(commit.json().created).toBe(8);
  await t.services.duplicates.idle(); // the scan after an import runs in the background
}
const openPairs = async (user = 'petugas') =>
  (await t.app.inject({ method: 'GET', url: `${api}/duplicates?status=open`, headers: as(user) })).json() as { items: Pair[]; total: number };
const isSitiPair = (p: Pair) => [p.a.name, p.b.name].sort().join(' | ') === 'Keripik Pisang Bu Siti | Kripik Pisang Siti';

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['admin', 'kadis', 'petugas', 'pendamping', 'pemilik']) cookies[u] = await t.login(u);
  await importOfficeWorkbook();
});
afterAll(() => t?.close());

describe('duplicates: queue, merge, undo', () => {
  it('the scan after an import puts the same business written twice in the queue, with reasons', async () => {
    const queue = await openPairs();
    const pair = queue.items.find(isSitiPair);
    expect(pair, JSON.stringify(queue.items.map((p) => [p.a.name, p.b.name, p.score]))).toBeDefined();
    expect(pair!.reasons).toContain('nik_equal');
    expect(pair!.a.sources[0]?.label).toBe('Musrenbang 2026');
    // The head of office sees the pair with NIK masked; owners see no queue at all.
    const forHead = (await openPairs('kadis')).items.find(isSitiPair)!;
    expect(forHead.a.nik).not.toBe(pair!.a.nik);
    expect((await t.app.inject({ method: 'GET', url: `${api}/duplicates`, headers: as('pemilik') })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `${api}/duplicates/scan`, headers: as('kadis') })).statusCode).toBe(403);
  });

  it('a rescan finds nothing new: known pairs are not proposed twice', async () => {
    const res = await t.app.inject({ method: 'POST', url: `${api}/duplicates/scan`, headers: as('petugas') });
    expect(res.statusCode).toBe(200);
    expect(res.json().newPairs).toBe(0);
  });

  it('"same" merges into the kept record with every source; undo brings both back as they were', async () => {
    const pair = (await openPairs()).items.find(isSitiPair)!;
    const keep = pair.b.id;
    const gone = pair.a.id;
    const before = (await t.app.inject({ method: 'GET', url: `${api}/businesses/${keep}`, headers: as('petugas') })).json();
    const decided = await t.app.inject({ method: 'POST', url: `${api}/duplicates/${pair.id}/decision`, headers: as('petugas'), payload: { decision: 'same', keep } });
    expect(decided.statusCode, decided.body).toBe(200);
    const merged = decided.json() as Pair;
    expect(merged.status).toBe('merged');
    const keptCard = merged.a.id === keep ? merged.a : merged.b;
    const goneCard = merged.a.id === gone ? merged.a : merged.b;
    expect(keptCard.sources).toHaveLength(2);
    expect(goneCard.deleted).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: `${api}/businesses/${gone}`, headers: as('petugas') })).statusCode).toBe(404);
    // Deciding twice is refused.
    const twice = await t.app.inject({ method: 'POST', url: `${api}/duplicates/${pair.id}/decision`, headers: as('petugas'), payload: { decision: 'not_same' } });
    expect(twice.statusCode).toBe(409);
    const audit = await t.app.inject({ method: 'GET', url: `${api}/audit?entity=business&entityId=${keep}`, headers: as('admin') });
    expect(audit.json().items.map((i: { action: string }) => i.action)).toContain('merge');

    const merges = (await t.app.inject({ method: 'GET', url: `${api}/merges`, headers: as('petugas') })).json().items;
    const m = merges.find((x: { id: string }) => x.id === merged.mergeId);
    expect(m).toMatchObject({ canUndo: true, automatic: false });
    const undo = await t.app.inject({ method: 'POST', url: `${api}/merges/${m.id}/undo`, headers: as('petugas') });
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json().undoneAt).not.toBeNull();
    const back = await t.app.inject({ method: 'GET', url: `${api}/businesses/${gone}`, headers: as('petugas') });
    expect(back.statusCode).toBe(200);
    const after = (await t.app.inject({ method: 'GET', url: `${api}/businesses/${keep}`, headers: as('petugas') })).json();
    expect({ ...after, version: 0, updatedAt: '' }).toEqual({ ...before, version: 0, updatedAt: '' });
    const reopened = (await openPairs()).items.find(isSitiPair)!;
    expect(reopened.a.sources).toHaveLength(1);
    expect(reopened.b.sources).toHaveLength(1);
    expect((await t.app.inject({ method: 'POST', url: `${api}/merges/${m.id}/undo`, headers: as('petugas') })).statusCode).toBe(409);
  });

  it('an undo is refused when the kept record was edited after the merge (the edit would be lost)', async () => {
    const pair = (await openPairs()).items.find(isSitiPair)!;
    const merged = (await t.app.inject({ method: 'POST', url: `${api}/duplicates/${pair.id}/decision`, headers: as('petugas'), payload: { decision: 'same' } })).json() as Pair;
    const keep = merged.a.deleted ? merged.b.id : merged.a.id;
    const detail = (await t.app.inject({ method: 'GET', url: `${api}/businesses/${keep}`, headers: as('petugas') })).json();
    const { id: _i, version, kecamatanName: _k, desaName: _d, scale: _s, scaleRuleId: _r, createdAt: _c, updatedAt: _u, owner: _o, metrics: _m, canEdit: _e, ...fields } = detail;
    const edit = await t.app.inject({
      method: 'PUT', url: `${api}/businesses/${keep}`, headers: as('petugas'),
      payload: { ...fields, version, address: 'Kp. Babakan RT 01/03 (diperbarui)', licences: detail.licences.map(({ id: _x, ...l }: { id: string }) => l) },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const undo = await t.app.inject({ method: 'POST', url: `${api}/merges/${merged.mergeId}/undo`, headers: as('petugas') });
    expect(undo.statusCode).toBe(409);
    expect(undo.json().error.messageKey).toBe('errors.duplicates.changed_since_merge');
  });

  const create = (name: string, owner: string, nik: string, phone: string) =>
    t.app.inject({
      method: 'POST', url: `${api}/businesses`, headers: as('petugas'),
      payload: { name, sector: 'kuliner', kecamatanCode: '32.04.07', desaCode: '32.04.07.2001', workersMale: 1, owner: { fullName: owner, phone, nik } },
    });
  const pairOf = (names: string[]) => (p: Pair) => [p.a.name, p.b.name].sort().join('|') === [...names].sort().join('|');

  it('"not the same" closes a pair for good: a rescan does not propose it again', async () => {
    expect((await create('Seblak Ceu Imas', 'Imas Masitoh', '3204075206850004', '0857-2020-3030')).statusCode).toBe(201);
    expect((await create('Seblak Imas', 'Ibu Imas Masitoh', '3204075206850004', '0857-2020-3030')).statusCode).toBe(201);
    const scan = (await t.app.inject({ method: 'POST', url: `${api}/duplicates/scan`, headers: as('petugas') })).json();
    expect(scan.newPairs).toBeGreaterThanOrEqual(1);
    const pair = (await openPairs()).items.find(pairOf(['Seblak Ceu Imas', 'Seblak Imas']))!;
    expect(pair).toBeDefined();
    const res = await t.app.inject({ method: 'POST', url: `${api}/duplicates/${pair.id}/decision`, headers: as('petugas'), payload: { decision: 'not_same' } });
    expect(res.json().status).toBe('not_same');
    expect((await t.app.inject({ method: 'POST', url: `${api}/duplicates/scan`, headers: as('petugas') })).json().newPairs).toBe(0);
    const closed = (await t.app.inject({ method: 'GET', url: `${api}/duplicates?status=not_same`, headers: as('petugas') })).json();
    expect(closed.items.map((p: Pair) => p.id)).toContain(pair.id);
    expect((await openPairs()).items.find(pairOf(['Seblak Ceu Imas', 'Seblak Imas']))).toBeUndefined();
  });

  it('auto-merge takes open pairs at or above the configured threshold, and only then', async () => {
    expect((await create('Bakso Mang Udin', 'Udin Samsudin', '3204071203780002', '0813-5050-6060')).statusCode).toBe(201);
    expect((await create('Baso Mang Udin', 'Bpk. Udin Samsudin', '3204071203780002', '0813-5050-6060')).statusCode).toBe(201);
    const first = (await t.app.inject({ method: 'POST', url: `${api}/duplicates/scan`, headers: as('petugas') })).json();
    expect(first.autoMerged).toBe(0); // no threshold set: everything waits for a person
    const settings = (await t.app.inject({ method: 'GET', url: `${api}/settings`, headers: as('admin') })).json();
    const put = await t.app.inject({ method: 'PUT', url: `${api}/settings`, headers: as('admin'), payload: { ...settings, autoMergeThreshold: 0.9 } });
    expect(put.statusCode, put.body).toBe(200);
    try {
      const scan = (await t.app.inject({ method: 'POST', url: `${api}/duplicates/scan`, headers: as('petugas') })).json();
      expect(scan.autoMerged).toBeGreaterThanOrEqual(1);
      const merges = (await t.app.inject({ method: 'GET', url: `${api}/merges`, headers: as('petugas') })).json().items;
      expect(merges.some((m: { automatic: boolean; survivor: { name: string } }) => m.automatic && m.survivor.name === 'Bakso Mang Udin')).toBe(true);
    } finally {
      await t.app.inject({ method: 'PUT', url: `${api}/settings`, headers: as('admin'), payload: { ...settings, autoMergeThreshold: null } });
    }
  });
});
