import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessPayload, KW, startTestApp, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
const cookies: Record<string, string> = {};
const as = (user: string) => ({ cookie: cookies[user]! });
const base = `/api/tenants/${KW}/businesses`;

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['petugas', 'kadis', 'pendamping', 'mitra']) cookies[u] = await t.login(u);
  const make = (k: number, overrides: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: base, headers: as('petugas'), payload: businessPayload(t.kecamatan[k]!, overrides) });
  expect((await make(0, { name: 'Keripik Tempe Bu Euis' })).statusCode).toBe(201);
  expect((await make(1, { name: '=HYPERLINK("http://contoh.invalid","Klik")', sector: 'kriya', owner: { fullName: 'Wawan Setiawan', phone: '081311112222' } })).statusCode).toBe(201);
  expect((await make(1, { name: 'Batik Sekar Arum', sector: 'fashion', licences: [{ kind: 'NIB', number: '9120001234567' }], owner: { fullName: 'Dedi Kurniawan' } })).statusCode).toBe(201);
});
afterAll(() => t?.close());

const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: as(user) });

describe('registry export', () => {
  it('exports the filtered registry as CSV with formula cells neutralised and identifiers as text', async () => {
    const res = await get('petugas', `${base}/export.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="umkm-32\.04-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = res.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^Nama Usaha;Nama Pemilik;NIK;/);
    expect(lines).toHaveLength(4);
    expect(res.body).toContain(`"'=HYPERLINK(""http://contoh.invalid"",""Klik"")"`);
    expect(res.body).toContain(businessPayload(t.kecamatan[0]!).owner.nik);
    const fashion = await get('petugas', `${base}/export.csv?sector=fashion&lang=en`);
    const rows = fashion.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(rows[0]).toMatch(/^Business name;Owner;/);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('9120001234567');
  });

  it('masks NIK and phone for the head of office and limits an assistant to their kecamatan', async () => {
    const nik = businessPayload(t.kecamatan[0]!).owner.nik;
    const head = await get('kadis', `${base}/export.csv`);
    expect(head.statusCode).toBe(200);
    expect(head.body).not.toContain(nik);
    const assistant = await get('pendamping', `${base}/export.csv`);
    expect(assistant.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/)).toHaveLength(2);
    expect((await get('mitra', `${base}/export.csv`)).statusCode).toBe(403);
  });

  it('exports xlsx that a spreadsheet reads back, same rows as the list', async () => {
    const res = await get('petugas', `${base}/export.xlsx?q=batik`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('Nama Usaha');
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(1).value).toBe('Batik Sekar Arum');
  });
});
