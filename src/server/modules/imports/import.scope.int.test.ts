import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeCsv } from '../../../../tests/support/sheets';
import { KW, startTestApp, type TestApp } from '../../../../tests/support/test-app';

/** Issue 11 §2: an assistant saw, re-mapped and committed every import of the regency, with its NIK and phone samples. */
let t: TestApp;
const cookies: Record<string, string> = {};
const base = `/api/tenants/${KW}/imports`;
const as = (user: string) => ({ cookie: cookies[user]! });
const HEADER = ['Nama Usaha', 'Nama Pemilik', 'NIK', 'No HP', 'Desa', 'Kecamatan', 'Jenis Usaha', 'Omzet per Bulan', 'Aset'];
const ROW = ['Batik Tulis Bu Euis', 'Euis Kurniasih', '3204055203880004', '0812-3456-7890', 'Cimekar', 'Cileunyi', 'Kerajinan', '4 jt', '10 jt'];

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['admin', 'petugas', 'pendamping']) cookies[u] = await t.login(u);
});
afterAll(() => t?.close());

async function upload(user: string, body: Buffer, fileName: string) {
  const res = await t.app.inject({
    method: 'POST', url: `${base}?fileName=${fileName}&label=Pendataan%20Desa`,
    headers: { ...as(user), 'content-type': 'application/octet-stream' }, payload: body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; columns: { label: string; field: string | null; samples: string[] }[]; mappingFromSavedSource: boolean };
}

describe("imports: an assistant sees and acts only on their own uploads", () => {
  let officeImport: string;
  let ownImport: string;

  beforeAll(async () => {
    officeImport = (await upload('petugas', officeCsv([ROW], HEADER), 'kantor.csv')).id;
    ownImport = (await upload('pendamping', officeCsv([ROW], HEADER), 'pendamping.csv')).id;
  });

  it("lists only the assistant's own imports; office roles list every import", async () => {
    const mine = (await t.app.inject({ method: 'GET', url: base, headers: as('pendamping') })).json();
    const ids = mine.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(ownImport);
    expect(ids).not.toContain(officeImport);
    expect(mine.items.every((i: { uploadedByName: string }) => i.uploadedByName === 'Uji pendamping')).toBe(true);
    const office = (await t.app.inject({ method: 'GET', url: base, headers: as('petugas') })).json();
    expect(office.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([officeImport, ownImport]));
  });

  it("another user's import is not found to the assistant: no samples, no mapping, no dry run, no report, no commit", async () => {
    for (const [method, url, payload] of [
      ['GET', `${base}/${officeImport}`, undefined],
      ['PUT', `${base}/${officeImport}/mapping`, { mapping: HEADER.map(() => null), turnoverPeriod: 'monthly', label: 'Diambil alih' }],
      ['POST', `${base}/${officeImport}/dry-run`, undefined],
      ['GET', `${base}/${officeImport}/report.csv`, undefined],
      ['POST', `${base}/${officeImport}/commit`, undefined],
    ] as const) {
      const res = await t.app.inject({ method, url, headers: as('pendamping'), ...(payload ? { payload } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().error.messageKey).toBe('errors.import.not_found');
      expect(res.body).not.toContain('3204055203880004');
      expect(res.body).not.toContain('0812-3456-7890');
    }
    // Nothing was used up or changed: the office's import is still as uploaded, with its label and mapping.
    const after = (await t.app.inject({ method: 'GET', url: `${base}/${officeImport}`, headers: as('petugas') })).json();
    expect(after.status).toBe('uploaded');
    expect(after.label).toBe('Pendataan Desa');
    expect(after.columns.find((c: { label: string }) => c.label === 'NIK').field).toBe('nik');
    expect(after.columns.find((c: { label: string }) => c.label === 'NIK').samples).toEqual(['3204055203880004']);
  });

  it('the assistant works on their own import as before', async () => {
    const own = (await t.app.inject({ method: 'GET', url: `${base}/${ownImport}`, headers: as('pendamping') })).json();
    expect(own.columns.find((c: { label: string }) => c.label === 'No HP').samples).toEqual(['0812-3456-7890']);
    const dry = await t.app.inject({ method: 'POST', url: `${base}/${ownImport}/dry-run`, headers: as('pendamping') });
    expect(dry.statusCode, dry.body).toBe(200);
  });

  it("an assistant's mapping applies to their import only; the regency's remembered mapping is the office's", async () => {
    const layout = ['Nama UMKM', 'Pemilik', 'NIK Pemilik', 'Telepon', 'Desa', 'Kecamatan', 'Sektor'];
    const row = ['Opak Ketan Mang Udin', 'Udin Samsudin', '3204050101800001', '0813-2222-3333', 'Cimekar', 'Cileunyi', 'Kuliner'];
    const theirs = await upload('pendamping', officeCsv([row], layout), 'opak.csv');
    expect(theirs.mappingFromSavedSource).toBe(false);
    // The assistant maps the NIK column to nothing and the phone column as the NIK.
    const mapping = theirs.columns.map((c) => (c.label === 'NIK Pemilik' ? null : c.label === 'Telepon' ? 'nik' : c.field));
    const put = await t.app.inject({ method: 'PUT', url: `${base}/${theirs.id}/mapping`, headers: as('pendamping'), payload: { mapping, turnoverPeriod: 'monthly', label: 'Opak' } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().columns.find((c: { label: string }) => c.label === 'Telepon').field).toBe('nik');
    // The officer's next file of this layout is not given the assistant's mapping.
    const next = await upload('petugas', officeCsv([row], layout), 'opak-kantor.csv');
    expect(next.mappingFromSavedSource).toBe(false);
    expect(next.columns.find((c) => c.label === 'NIK Pemilik')!.field).toBe('nik');
    expect(next.columns.find((c) => c.label === 'Telepon')!.field).toBe('phone');
  });
});
