import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeCsv } from '../../../../tests/support/sheets';
import { KW, makeNik, startTestApp, type TestApp } from '../../../../tests/support/test-app';

/** Issue 11 §2: `GET /merges` gave the last 100 with no paging, and undo told `already_undone` to callers without any right. */
let t: TestApp;
const cookies: Record<string, string> = {};
const as = (user: string) => ({ cookie: cookies[user]! });
const api = `/api/tenants/${KW}`;
const WARES = ['Kelontong', 'Sembako', 'Jamu', 'Konveksi', 'Bakso', 'Keripik', 'Batik', 'Kopi', 'Tahu', 'Dodol', 'Opak', 'Rengginang'];

interface MergeItem { id: string; survivor: { name: string }; merged: { name: string }; undoneAt: string | null; canUndo: boolean }

/** An office CSV where each business is written twice (another spelling, the same NIK): `count` pairs in one kecamatan. */
function pairsCsv(kecamatan: { code: string; desa: string }, count: number, from: number): Buffer {
  const k = t.regions.kecamatan(kecamatan.code)!.name;
  const desa = t.regions.desa(kecamatan.desa)!.name;
  const rows: string[][] = [];
  for (let i = from; i < from + count; i++) {
    const nik = makeNik(kecamatan.code, '1975-05-05', 'L', String(1000 + i));
    const ware = `${WARES[i % WARES.length]} ${i}`;
    rows.push([`Toko ${ware} Pak Ujang`, `Ujang Sukmana ${i}`, nik, '', desa, k, 'Perdagangan', '2 jt', '5 jt']);
    rows.push([`Tk. ${ware} Ujang`, `Ujang Sukmana ${i}`, nik, '', desa, k, 'Perdagangan', '2 jt', '5 jt']);
  }
  return officeCsv(rows);
}

async function importPairs(kecamatan: { code: string; desa: string }, count: number, from: number) {
  const up = await t.app.inject({
    method: 'POST', url: `${api}/imports?fileName=ganda-${from}.csv&label=Pendataan%20ganda`,
    headers: { ...as('petugas'), 'content-type': 'application/octet-stream' }, payload: pairsCsv(kecamatan, count, from),
  });
  expect(up.statusCode, up.body).toBe(201);
  const commit = await t.app.inject({ method: 'POST', url: `${api}/imports/${up.json().id}/commit`, headers: as('petugas') });
  expect(commit.json().created, commit.body).toBe(count * 2);
  await t.services.duplicates.idle();
}

/** Merges every open pair (as the officer), returning the merge ids. */
async function mergeAllOpen(): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const queue = (await t.app.inject({ method: 'GET', url: `${api}/duplicates?status=open&pageSize=50`, headers: as('petugas') })).json();
    if (!queue.items.length) return ids;
    for (const p of queue.items) {
      const res = await t.app.inject({ method: 'POST', url: `${api}/duplicates/${p.id}/decision`, headers: as('petugas'), payload: { decision: 'same' } });
      expect(res.statusCode, res.body).toBe(200);
      ids.push(res.json().mergeId);
    }
  }
}
const mergesPage = async (user: string, query = '') => t.app.inject({ method: 'GET', url: `${api}/merges${query}`, headers: as(user) });

let inArea: string[] = [];
let outside: string[] = [];

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['admin', 'kadis', 'petugas', 'pendamping', 'pemilik', 'petugas-sampang']) cookies[u] = await t.login(u);
  await importPairs(t.kecamatan[0]!, 22, 0); // the assistant's kecamatan
  inArea = await mergeAllOpen();
  await importPairs(t.kecamatan[1]!, 3, 100); // another kecamatan
  outside = await mergeAllOpen();
});
afterAll(() => t?.close());

describe('merge history: paged like the other lists', () => {
  it('pages through every merge with page, pageSize and total; no merge is left out', async () => {
    expect(inArea).toHaveLength(22);
    expect(outside).toHaveLength(3);
    const first = (await mergesPage('petugas')).json();
    expect(first).toMatchObject({ total: 25, page: 1, pageSize: 20 });
    expect(first.items).toHaveLength(20);
    const seen = new Set<string>();
    for (let page = 1; page <= 3; page++) {
      const res = (await mergesPage('petugas', `?page=${page}&pageSize=10`)).json();
      expect(res).toMatchObject({ total: 25, page, pageSize: 10 });
      expect(res.items).toHaveLength(page < 3 ? 10 : 5);
      for (const m of res.items as MergeItem[]) seen.add(m.id);
    }
    expect([...seen].sort()).toEqual([...inArea, ...outside].sort());
    expect((await mergesPage('petugas', '?pageSize=500')).statusCode).toBe(422);
  });

  it("an assistant's pages hold only merges within their kecamatan, and the total counts only those", async () => {
    const res = (await mergesPage('pendamping', '?pageSize=100')).json();
    expect(res.total).toBe(22);
    const ids = (res.items as MergeItem[]).map((m) => m.id);
    expect(ids.sort()).toEqual([...inArea].sort());
    for (const id of outside) expect(ids).not.toContain(id);
  });
});

describe('merge undo: rights before state', () => {
  it('callers without a right get 403 for an undone merge (never already_undone); the officer gets the 409', async () => {
    const id = outside[0]!;
    const undo = (user: string) => t.app.inject({ method: 'POST', url: `${api}/merges/${id}/undo`, headers: as(user) });
    expect((await undo('petugas')).statusCode).toBe(200);
    const again = await undo('petugas');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.messageKey).toBe('errors.duplicates.already_undone');
    for (const user of ['kadis', 'pemilik', 'pendamping', 'petugas-sampang']) {
      const res = await undo(user);
      expect(res.statusCode, user).toBe(403);
      expect(res.body, user).not.toContain('already_undone');
    }
  });

  it("an assistant cannot undo a merge outside their kecamatan; it stays merged", async () => {
    const id = outside[1]!;
    const res = await t.app.inject({ method: 'POST', url: `${api}/merges/${id}/undo`, headers: as('pendamping') });
    expect(res.statusCode).toBe(403);
    const all = (await mergesPage('petugas', '?pageSize=100')).json().items as MergeItem[];
    expect(all.find((m) => m.id === id)).toMatchObject({ undoneAt: null, canUndo: true });
    // Inside their kecamatan they undo as before.
    const own = await t.app.inject({ method: 'POST', url: `${api}/merges/${inArea[0]}/undo`, headers: as('pendamping') });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().undoneAt).not.toBeNull();
  });
});
