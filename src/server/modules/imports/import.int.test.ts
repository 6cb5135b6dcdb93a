import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeCsv, officeWorkbook } from '../../../../tests/support/sheets';
import { KW, startTestApp, type TestApp } from '../../../../tests/support/test-app';
import { createImportRepository } from './import.repository';
import { createImportService } from './import.service';

let t: TestApp;
const cookies: Record<string, string> = {};
const base = `/api/tenants/${KW}/imports`;
const as = (user: string) => ({ cookie: cookies[user]! });

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['admin', 'kadis', 'petugas', 'pendamping', 'pemilik']) cookies[u] = await t.login(u);
});
afterAll(() => t?.close());

function upload(user: string, body: Buffer, fileName = 'data-umkm.xlsx', label = 'Musrenbang 2026') {
  return t.app.inject({
    method: 'POST',
    url: `${base}?fileName=${encodeURIComponent(fileName)}&label=${encodeURIComponent(label)}`,
    headers: { ...as(user), 'content-type': 'application/octet-stream' },
    payload: body,
  });
}
const post = (user: string, url: string) => t.app.inject({ method: 'POST', url, headers: as(user) });
async function registryTotal() {
  const res = await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/businesses?pageSize=1`, headers: as('petugas') });
  return res.json().total as number;
}
/** Maps the hand-fixed column and checks the import. */
async function mapAndCheck(user: string, imp: { id: string; columns: { index: number; field: string | null; label: string }[] }) {
  const mapping = imp.columns.map((c) => (c.label.startsWith('Nama Pengusaha') ? 'ownerName' : c.field));
  const put = await t.app.inject({
    method: 'PUT', url: `${base}/${imp.id}/mapping`, headers: as(user),
    payload: { mapping, turnoverPeriod: 'monthly', label: 'Musrenbang 2026' },
  });
  expect(put.statusCode, put.body).toBe(200);
  const dry = await post(user, `${base}/${imp.id}/dry-run`);
  expect(dry.statusCode, dry.body).toBe(200);
  return dry.json();
}

describe('import: messy office workbook', () => {
  let importId: string;
  let workbook: Buffer;

  it('finds the header below the title rows, reads the merged two-level header and proposes a mapping', async () => {
    workbook = await officeWorkbook();
    const res = await upload('petugas', workbook);
    expect(res.statusCode, res.body).toBe(201);
    const imp = res.json();
    importId = imp.id;
    expect(imp.status).toBe('uploaded');
    expect(imp.headerRow).toBe(4); // two title rows and a blank row above it, as Excel numbers rows
    expect(imp.ambiguousTurnover).toBe(false);
    const byLabel = Object.fromEntries(imp.columns.map((c: { label: string; field: string | null }) => [c.label, c.field]));
    expect(byLabel['Nama Usaha']).toBe('businessName');
    expect(byLabel['NIK']).toBe('nik');
    expect(byLabel['Kec.']).toBe('kecamatan');
    const omzet = imp.columns.find((c: { label: string }) => /omzet.*bulan/i.test(c.label));
    expect(omzet?.field).toBe('turnoverMonthly');
    expect(imp.columns.find((c: { label: string }) => c.label === 'Nama Usaha').samples[0]).toBe('Keripik Pisang Bu Siti');
  });

  it('a dry run reports every problem in the user language and stores nothing', async () => {
    const before = await registryTotal();
    const imp = (await t.app.inject({ method: 'GET', url: `${base}/${importId}`, headers: as('petugas') })).json();
    const dry = await mapAndCheck('petugas', imp);
    expect(dry.import.summary).toMatchObject({ rows: 10, valid: 8, withErrors: 2, alreadyImported: 0 });
    const keys = dry.problems.filter((p: { severity: string }) => p.severity === 'error').map((p: { messageKey: string; rowNumber: number }) => p.messageKey);
    expect(keys.some((k: string) => k.includes('nik'))).toBe(true);
    expect(keys.some((k: string) => k.includes('kecamatan'))).toBe(true);
    expect(await registryTotal()).toBe(before);
    const report = await t.app.inject({ method: 'GET', url: `${base}/${importId}/report.csv?lang=id`, headers: as('petugas') });
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('text/csv');
    expect(report.body).toContain('Baris;Kolom;Tingkat;Pesan');
    expect(report.body).toMatch(/NIK/);
    expect(report.body).toMatch(/galat/);
  });

  it('commit stores the valid rows once, with provenance and an audit entry; a second commit does nothing', async () => {
    const before = await registryTotal();
    const res = await post('petugas', `${base}/${importId}/commit`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 8, skippedWithErrors: 2, alreadyCommitted: false });
    expect(await registryTotal()).toBe(before + 8);
    const again = await post('petugas', `${base}/${importId}/commit`);
    expect(again.json()).toMatchObject({ created: 0, alreadyCommitted: true });
    expect(await registryTotal()).toBe(before + 8);

    const found = await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/businesses?q=${encodeURIComponent('konveksi mandiri')}`, headers: as('petugas') });
    const id = found.json().items[0].id;
    const detail = (await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/businesses/${id}`, headers: as('petugas') })).json();
    expect(detail.annualSales).toBe(180_000_000);
    expect(detail.kecamatanCode).toBe('32.04.06');
    const warung = await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/businesses?q=${encodeURIComponent('sembako barokah')}`, headers: as('petugas') });
    const w = (await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/businesses/${warung.json().items[0].id}`, headers: as('petugas') })).json();
    expect(w.annualSales).toBe(36_000_000); // "3 jt" per month
    expect(w.owner.phone).toBe('+6285299112233');
    // Two rows with one NIK are one owner with two businesses (linked in the commit, not duplicated).
    const siti = await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/businesses?q=${encodeURIComponent('pisang siti')}`, headers: as('petugas') });
    const sitiOwner = (await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/businesses/${siti.json().items[0].id}`, headers: as('petugas') })).json().owner;
    expect(sitiOwner.businessCount).toBe(2);
    expect(sitiOwner.fullName).toBe('Ibu Siti Rohmah'); // the first row's spelling
    const audit = await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/audit?entity=import`, headers: as('admin') });
    expect(audit.json().items.some((i: { action: string; entityId: string }) => i.action === 'import' && i.entityId === importId)).toBe(true);
    // The stored upload is removed once committed.
    expect(readdirSync(join(t.config.DATA_DIR, 'uploads', KW))).not.toContain(`${importId}.upload`);
  });

  it('the same file uploaded again, or the same rows re-saved, create nothing new', async () => {
    const before = await registryTotal();
    const same = (await upload('petugas', workbook, 'data-umkm (1).xlsx')).json();
    expect(same.sameFileCommitted?.importId).toBe(importId);
    expect(same.mappingFromSavedSource).toBe(true);
    // The same rows saved again: other bytes for sure (another save time), not just "built a second later".
    const resaved = (await upload('petugas', await officeWorkbook(undefined, { savedAt: new Date('2026-03-05T10:15:00Z') }), 'data-umkm-revisi.xlsx')).json();
    expect(resaved.sameFileCommitted).toBeNull(); // other bytes (Excel stamps the save time)…
    for (const imp of [same, resaved]) {
      const dry = await post('petugas', `${base}/${imp.id}/dry-run`);
      expect(dry.json().import.summary).toMatchObject({ valid: 0, alreadyImported: 8 }); // …same rows
      const commit = await post('petugas', `${base}/${imp.id}/commit`);
      expect(commit.json().created).toBe(0);
    }
    expect(await registryTotal()).toBe(before);
  });

  it('a semicolon CSV with monthly turnover "1,5 jt" is read; repeats inside the file are stored once', async () => {
    const row = ['Seblak Teh Ocoh', 'Ocoh Rosidah', '', '0819-1111-2222', 'Cimekar', 'Cileunyi', 'Kuliner', '1,5 jt', '3 jt'];
    const res = await upload('petugas', officeCsv([row, row]), 'seblak.csv', 'Pendataan Desa Cimekar');
    expect(res.statusCode, res.body).toBe(201);
    const imp = res.json();
    const dry = (await post('petugas', `${base}/${imp.id}/dry-run`)).json();
    expect(dry.import.summary).toMatchObject({ rows: 2, valid: 1, repeatedInFile: 1 });
    const commit = (await post('petugas', `${base}/${imp.id}/commit`)).json();
    expect(commit.created).toBe(1);
    const found = await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/businesses?q=seblak`, headers: as('petugas') });
    const detail = (await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/businesses/${found.json().items[0].id}`, headers: as('petugas') })).json();
    expect(detail.annualSales).toBe(18_000_000);
    expect(detail.capital).toBe(3_000_000);
  });
});

describe('import: a commit that dies halfway', () => {
  it('leaves nothing stored and the import still uncommitted (one transaction)', async () => {
    const repo = createImportRepository(t.database.db);
    // The same service, but the last statement of the commit transaction fails (as a killed process would).
    const failing = createImportService({
      database: t.database, audit: t.services.audit, tenants: t.services.tenants, regions: t.regions,
      uploadDir: join(t.config.DATA_DIR, 'uploads'),
      limits: { maxBytes: t.config.IMPORT_MAX_BYTES, maxUncompressedBytes: t.config.IMPORT_MAX_UNZIPPED_BYTES, maxZipEntries: 10_000 },
      repo: { ...repo, markCommitted: async () => { throw new Error('killed'); } },
    });
    const row = ['Dodol Garut Ceu Entin', 'Entin Kartini', '', '0812-9090-8080', 'Cimekar', 'Cileunyi', 'Kuliner', '2 jt', '4 jt'];
    const imp = (await upload('petugas', officeCsv([row]), 'dodol.csv', 'Uji gagal')).json();
    const before = await registryTotal();
    const actor = (await t.services.auth.actorForToken(cookies.petugas!.split('=')[1]!))!;
    await expect(failing.commit(actor, KW, imp.id)).rejects.toThrow('killed');
    expect(await registryTotal()).toBe(before);
    expect((await t.app.inject({ method: 'GET', url: `${base}/${imp.id}`, headers: as('petugas') })).json().status).not.toBe('committed');
    // The real service then commits it normally.
    expect((await post('petugas', `${base}/${imp.id}/commit`)).json().created).toBe(1);
    expect(await registryTotal()).toBe(before + 1);
  });
});

describe('import: who may, and bad files', () => {
  it('the head of office and owners may not import; an assistant only inside their kecamatan', async () => {
    expect((await upload('kadis', await officeWorkbook())).statusCode).toBe(403);
    expect((await upload('pemilik', await officeWorkbook())).statusCode).toBe(403);
    const res = await upload('pendamping', await officeWorkbook(), 'kecamatan.xlsx');
    expect(res.statusCode).toBe(201);
    const dry = await mapAndCheck('pendamping', res.json());
    const outOfScope = dry.problems.filter((p: { messageKey: string }) => p.messageKey === 'import.row.out_of_scope');
    expect(outOfScope.length).toBeGreaterThan(0);
  });

  const bad: [string, Buffer, string][] = [
    ['a PDF renamed .xlsx', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'), 'errors.import.not_spreadsheet'],
    ['an empty file', Buffer.alloc(0), 'errors.import.empty'],
    ['a password-protected workbook', oleFile(true), 'errors.import.encrypted'],
    ['an old .xls', oleFile(false), 'errors.import.legacy_xls'],
    ['a truncated xlsx', Buffer.from('PK\u0003\u0004' + 'x'.repeat(200)), 'errors.import.corrupt'],
  ];
  for (const [what, body, key] of bad) {
    it(`refuses ${what} with a clear message and keeps nothing`, async () => {
      const listBefore = (await t.app.inject({ method: 'GET', url: base, headers: as('petugas') })).json().items.length;
      const res = await upload('petugas', body, 'berkas.xlsx');
      expect(res.statusCode).toBe(422);
      expect(res.json().error.messageKey).toBe(key);
      expect((await t.app.inject({ method: 'GET', url: base, headers: as('petugas') })).json().items.length).toBe(listBefore);
    });
  }

  it('refuses a file over the configured limit (413) and a zip bomb (422)', async () => {
    const small = await startTestApp({ IMPORT_MAX_BYTES: 64 * 1024, IMPORT_MAX_UNZIPPED_BYTES: 64 * 1024 });
    try {
      const cookie = await small.login('petugas');
      const send = (body: Buffer) =>
        small.app.inject({
          method: 'POST', url: `${base}?fileName=x.xlsx&label=Uji%20batas`,
          headers: { cookie, 'content-type': 'application/octet-stream' }, payload: body,
        });
      const big = await send(Buffer.alloc(100_000, 'a'));
      expect(big.statusCode).toBe(413);
      expect(big.json().error.messageKey).toBe('errors.import.too_large');
      // A valid workbook whose one sheet inflates far beyond the small unzip limit.
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('bom');
      for (let i = 0; i < 3000; i++) ws.addRow(['Nama Usaha', 'Nama Pemilik', 'Kecamatan', 'a'.repeat(50)]);
      const bomb = Buffer.from(await wb.xlsx.writeBuffer());
      expect(bomb.length).toBeLessThan(64 * 1024);
      const res = await send(bomb);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.messageKey).toBe('errors.import.zip_bomb');
    } finally {
      await small.close();
    }
  });
});

/** An OLE compound file header, with or without the EncryptionInfo stream name (UTF-16LE). */
function oleFile(encrypted: boolean): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = Buffer.from(encrypted ? 'EncryptionInfo' : 'Workbook', 'utf16le');
  return Buffer.concat([head, Buffer.alloc(504), name, Buffer.alloc(1024)]);
}
