import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessPayload, KW, startTestApp, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
let officer: string;
const year = new Date().getFullYear();

beforeAll(async () => {
  t = await startTestApp();
  officer = await t.login('petugas');
  const create = (k: number, over: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/tenants/${KW}/businesses`, headers: { cookie: officer }, payload: businessPayload(t.kecamatan[k]!, over) });
  await create(0, { name: 'Keripik A', licences: [{ kind: 'NIB', number: '1111111111111' }] });
  await create(0, { name: 'Keripik B', startYear: year });
  await create(1, { name: 'Konveksi C', annualSales: 3_000_000_000 });
  await create(1, { name: 'Tutup D', status: 'closed', statusReason: 'Pemilik bekerja di pabrik' });
  const grows = (await create(2, { name: 'Tumbuh E' })).json();
  const { id, version, licences: _l, owner: _o, metrics: _m, kecamatanName: _k, desaName: _d, scale: _s, scaleRuleId: _r, createdAt: _c, updatedAt: _u, canEdit: _e, ...fields } = grows;
  const up = await t.app.inject({ method: 'PUT', url: `/api/tenants/${KW}/businesses/${id}`, headers: { cookie: officer }, payload: { ...fields, version, licences: [], annualSales: 16_000_000_000 } });
  expect(up.statusCode).toBe(200);
});
afterAll(() => t?.close());

describe('recap per kecamatan', () => {
  it('counts per kecamatan and the total row equals the sum of the rows', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/recap?year=${year}`, headers: { cookie: officer } });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.rows).toHaveLength(t.regions.kecamatanOf(KW).length);
    const row = (i: number) => report.rows.find((r: { kecamatanCode: string }) => r.kecamatanCode === t.kecamatan[i]!.code);
    expect(row(0)).toMatchObject({ micro: 2, microWithNib: 1, newEntrepreneurs: 1, small: 0, total: 2 });
    expect(row(1)).toMatchObject({ micro: 0, small: 1, total: 1 }); // the closed business is not counted
    expect(row(2)).toMatchObject({ micro: 0, medium: 1, microMovedUp: 1, total: 1 });
    for (const key of ['micro', 'microWithNib', 'microMovedUp', 'newEntrepreneurs', 'small', 'medium', 'total']) {
      expect(report.total[key]).toBe(report.rows.reduce((s: number, r: Record<string, number>) => s + r[key]!, 0));
    }
    expect(report.total.total).toBe(4);
  });

  it('an assistant sees only their kecamatan; partners nothing', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/recap?year=${year}`, headers: { cookie: await t.login('pendamping') } });
    expect(res.json().rows.map((r: { kecamatanCode: string }) => r.kecamatanCode)).toEqual([t.kecamatan[0]!.code]);
    expect((await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/recap`, headers: { cookie: await t.login('mitra') } })).statusCode).toBe(403);
  });

  it('downloads as xlsx with the same figures, and as PDF', async () => {
    const xlsx = await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/recap.xlsx?year=${year}`, headers: { cookie: officer } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(`rekap-umkm-3204-${year}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values = book.worksheets[0]!.getSheetValues().flat().filter((v) => typeof v === 'string');
    expect(values).toContain('Jumlah');
    const pdf = await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/recap.pdf?year=${year}&lang=en`, headers: { cookie: officer } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
