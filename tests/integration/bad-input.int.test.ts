import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/query';
import { regencyDate } from '../../src/server/kernel/time-zone';
import en from '../../src/web/i18n/en.json';
import id from '../../src/web/i18n/id.json';
import fieldEn from '../../src/web/field/i18n/en.json';
import fieldId from '../../src/web/field/i18n/id.json';
import { officeCsv } from '../support/sheets';
import { businessPayload, KW, makeNik, startTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 11 §4, bad input: a NUL byte anywhere a user can type is refused once at the edge (422, not a
 * database failure as 500), one malformed check-in in a field-app batch is answered on its own while the
 * good ones are stored, and Fastify's and Node's own refusals answer in the error envelope with a
 * translated message.
 */
let t: TestApp;
const cookies: Record<string, string> = {};
const as = (user: string) => ({ cookie: cookies[user]! });
const NUL = '\u0000';
const api = `/api/tenants/${KW}`;

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['petugas', 'pendamping']) cookies[u] = await t.login(u);
}, 60_000);
afterAll(() => t?.close());

/** A message key of the web app's dictionary, in both languages, Indonesian first. */
function textOf(dict: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dict);
}
function expectTranslated(key: string, dicts: unknown[] = [id, en]) {
  for (const dict of dicts) expect(typeof textOf(dict, key), `${key} missing`).toBe('string');
  expect(textOf(dicts[0], key)).not.toBe(textOf(dicts[1], key));
}

/** The 422 of the NUL guard, naming the field. */
function expectNulRefusal(res: { statusCode: number; json(): unknown; body: string }, field: string) {
  expect(res.statusCode, res.body).toBe(422);
  expect(res.json()).toEqual({
    error: { code: 'validation', messageKey: 'errors.nulByte', params: {}, fields: [{ field, messageKey: 'errors.nulByte' }] },
  });
}

let serial = 5100;
async function createBusiness(name: string) {
  const k = t.kecamatan[0]!;
  const s = String(serial++);
  const payload = businessPayload(k, {
    name, owner: { fullName: `Ibu Yati ${s}`, nik: makeNik(k.code, '1985-02-11', 'P', s), gender: 'P', phone: `0813-5500-${s}` },
  });
  const res = await t.app.inject({ method: 'POST', url: `${api}/businesses`, headers: as('petugas'), payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

describe('a NUL byte is refused at the edge with a clear 422', () => {
  it('is a translated message in both web apps', () => {
    expectTranslated('errors.nulByte');
    expectTranslated('errors.nulByte', [fieldId, fieldEn]);
  });

  it('business name on create, owner name, and business name on update', async () => {
    const k = t.kecamatan[0]!;
    const created = await t.app.inject({ method: 'POST', url: `${api}/businesses`, headers: as('petugas'), payload: businessPayload(k, { name: `Warung${NUL} Bu Ani` }) });
    expectNulRefusal(created, 'name');
    const p = businessPayload(k);
    const owner = await t.app.inject({ method: 'POST', url: `${api}/businesses`, headers: as('petugas'), payload: { ...p, owner: { ...p.owner, fullName: `Euis${NUL}Rohayati` } } });
    expectNulRefusal(owner, 'owner.fullName');

    const business = await createBusiness('Seblak Mang Ujang');
    const detail = (await t.app.inject({ method: 'GET', url: `${api}/businesses/${business.id}`, headers: as('petugas') })).json();
    const { id: _id, version, ...rest } = detail;
    const updated = await t.app.inject({
      method: 'PUT', url: `${api}/businesses/${business.id}`, headers: as('petugas'),
      payload: { ...businessPayload(k), ...pickFields(rest), name: `Seblak${NUL}`, version, owner: undefined },
    });
    expectNulRefusal(updated, 'name');
    const after = (await t.app.inject({ method: 'GET', url: `${api}/businesses/${business.id}`, headers: as('petugas') })).json();
    expect(after).toMatchObject({ name: 'Seblak Mang Ujang', version });
  });

  it('login username', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `petugas${NUL}`, password: 'rahasia-uji-123' } });
    expectNulRefusal(res, 'username');
  });

  it('registry search q and the export query', async () => {
    expectNulRefusal(await t.app.inject({ method: 'GET', url: `${api}/businesses?q=kopi%00`, headers: as('petugas') }), 'q');
    for (const format of ['csv', 'xlsx']) {
      expectNulRefusal(await t.app.inject({ method: 'GET', url: `${api}/businesses/export.${format}?q=%00kopi`, headers: as('petugas') }), 'q');
    }
    // The same query without the NUL is answered.
    expect((await t.app.inject({ method: 'GET', url: `${api}/businesses?q=kopi`, headers: as('petugas') })).statusCode).toBe(200);
  });

  /**
   * Excel's "Unicode text" export (UTF-16 with a BOM, tab-separated): NUL bytes are normal in its
   * encoding, so a NUL *character* in a cell gets past the reader's binary check and reaches the rows.
   */
  const unicodeText = (rows: string[][]) => Buffer.from(`\uFEFF${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`, 'utf16le');

  it('a spreadsheet cell: that row is refused with a reason in the dry run, the others are stored', async () => {
    const header = ['Nama Usaha', 'Nama Pemilik', 'NIK', 'No HP', 'Desa', 'Kecamatan', 'Jenis Usaha', 'Omzet per Bulan', 'Aset', `Catatan${NUL}`];
    const rows = [
      ['Rengginang Bu Oom', 'Oom Komariah', '', '0819-3333-1111', 'Cimekar', 'Cileunyi', 'Kuliner', '2 jt', '4 jt', `lihat${NUL}`],
      ['Opak Ketan Mak Icih', `Icih${NUL} Sukaesih`, '', '0819-3333-2222', 'Cimekar', 'Cileunyi', 'Kuliner', '1 jt', '2 jt', ''],
    ];
    const upload = await t.app.inject({
      method: 'POST', url: `${api}/imports?fileName=opak.csv&label=${encodeURIComponent('Pendataan Cimekar')}`,
      headers: { ...as('petugas'), 'content-type': 'application/octet-stream' }, payload: unicodeText([header, ...rows]),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const imp = upload.json();
    expect(imp.columns.map((c: { label: string }) => c.label)).toContain('Catatan'); // a stray NUL in a title is dropped
    const dry = await t.app.inject({ method: 'POST', url: `${api}/imports/${imp.id}/dry-run`, headers: as('petugas') });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json().import.summary).toMatchObject({ rows: 2, valid: 1, withErrors: 1 });
    expect(dry.json().problems).toContainEqual(expect.objectContaining({ rowNumber: 3, field: 'ownerName', severity: 'error', messageKey: 'import.row.nul_byte' }));
    const commit = await t.app.inject({ method: 'POST', url: `${api}/imports/${imp.id}/commit`, headers: as('petugas') });
    expect(commit.statusCode, commit.body).toBe(200);
    expect(commit.json().created).toBe(1);
    const found = (await t.app.inject({ method: 'GET', url: `${api}/businesses?q=rengginang`, headers: as('petugas') })).json();
    expect(found.items.map((b: { name: string }) => b.name)).toEqual(['Rengginang Bu Oom']);
  });

  it('an upload query (file name) is refused before anything is stored', async () => {
    const res = await t.app.inject({
      method: 'POST', url: `${api}/imports?fileName=data%00.csv&label=Musrenbang`,
      headers: { ...as('petugas'), 'content-type': 'application/octet-stream' }, payload: officeCsv([]),
    });
    expectNulRefusal(res, 'fileName');
  });
});

/** The update body from a detail: only the fields the update schema takes. */
function pickFields(detail: Record<string, unknown>) {
  const keys = ['sector', 'kbli', 'kecamatanCode', 'desaCode', 'address', 'startYear', 'status', 'capital', 'annualSales', 'workersMale', 'workersFemale', 'salesChannels', 'licences'];
  return Object.fromEntries(keys.filter((k) => k in detail).map((k) => [k, detail[k]]));
}

describe('field app sync: one bad item among good ones', () => {
  const today = () => regencyDate(KW, new Date());
  const checkin = (businessId: string, extra: Record<string, unknown> = {}) => ({
    id: randomUUID(), businessId, visitedOn: today(), status: 'active', monthlySales: 1_250_000, workersMale: 1, workersFemale: 2,
    salesChannels: ['offline'], licencesObtained: [], needs: [], problems: 'Harga bahan baku naik', ...extra,
  });
  const stored = async (ids: string[]) =>
    (await queryRows<{ id: string }>(t.database.db, sql`select id from followup_checkins where kode_wilayah = ${KW} and id in ${sql.raw(`('${ids.join("','")}')`)}`)).map((r) => r.id).sort();

  it('answers 200 item by item (stored, duplicate, rejected with a reason) and stores the good ones', async () => {
    const [a, b, c] = [await createBusiness('Keripik Singkong Bu Lilis'), await createBusiness('Bakso Aci Mang Dede'), await createBusiness('Dodol Garut Bu Imas')];
    const good1 = checkin(a.id);
    const good2 = checkin(b.id);
    const good3 = checkin(c.id);
    const withNul = checkin(a.id, { problems: `Listrik${NUL}mati` });
    const notUuid = { ...checkin(b.id), id: 'bukan-uuid' };
    const items = [good1, notUuid, withNul, good2, { nonsense: true }, null, good1, good3];
    const res = await t.app.inject({ method: 'POST', url: `${api}/followup/sync`, headers: as('pendamping'), payload: { checkins: items } });
    expect(res.statusCode, res.body).toBe(200);
    const answers = res.json().answers as { id: string; result: string; messageKey?: string; fields?: { field: string }[] }[];
    expect(answers.map((x) => [x.id, x.result, x.messageKey])).toEqual([
      [good1.id, 'stored', undefined],
      ['bukan-uuid', 'rejected', 'errors.validation'],
      [withNul.id, 'rejected', 'errors.nulByte'],
      [good2.id, 'stored', undefined],
      ['', 'rejected', 'errors.validation'],
      ['', 'rejected', 'errors.validation'],
      [good1.id, 'duplicate', undefined],
      [good3.id, 'stored', undefined],
    ]);
    expect(answers[1]!.fields).toContainEqual(expect.objectContaining({ field: 'id' }));
    expect(answers[2]!.fields).toEqual([expect.objectContaining({ field: 'problems', messageKey: 'errors.nulByte' })]);
    expect(await stored([good1.id, good2.id, good3.id, withNul.id])).toEqual([good1.id, good2.id, good3.id].sort());
  });

  it('a check-in the database refuses (SQLSTATE class 23) is rejected on its own; its neighbours are stored', async () => {
    const business = await createBusiness('Tahu Susu Lembang Pak Oman');
    // A constraint only this test has: the database refuses one item's data, as it would a value out of range.
    await t.database.db.execute(sql`alter table followup_checkins add constraint uji_tolak_masalah check (problems is distinct from 'DITOLAK BASIS DATA')`);
    try {
      const before = checkin(business.id);
      const refused = checkin(business.id, { problems: 'DITOLAK BASIS DATA' });
      const after = checkin(business.id);
      const res = await t.app.inject({ method: 'POST', url: `${api}/followup/sync`, headers: as('pendamping'), payload: { checkins: [before, refused, after] } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().answers.map((x: { result: string; messageKey?: string }) => [x.result, x.messageKey])).toEqual([
        ['stored', undefined], ['rejected', 'errors.followup.itemUnstorable'], ['stored', undefined],
      ]);
      expect(await stored([before.id, refused.id, after.id])).toEqual([before.id, after.id].sort());
      expectTranslated('errors.followup.itemUnstorable');
      expectTranslated('errors.followup.itemUnstorable', [fieldId, fieldEn]);
    } finally {
      await t.database.db.execute(sql`alter table followup_checkins drop constraint uji_tolak_masalah`);
    }
  });

  it('a NUL in the sync URL is still refused at the edge', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/tenants/32.04%00/followup/sync`, headers: as('pendamping'), payload: { checkins: [checkin(randomUUID())] } });
    expectNulRefusal(res, 'kw');
  });
});

describe("Fastify's and Node's own errors answer in the error envelope", () => {
  /** Sends raw bytes to the listening server and returns the status and the parsed JSON body. */
  function raw(port: number, request: string): Promise<{ status: number; body: unknown }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('error', (err) => (chunks.length ? undefined : reject(err)));
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const [head, ...rest] = text.split('\r\n\r\n');
        resolve({ status: Number(head!.split(' ')[1]), body: JSON.parse(rest.join('\r\n\r\n')) });
      });
      socket.write(request);
    });
  }

  it('a header too large (431, raised by Node before routing) in the envelope with its Indonesian message', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const res = await raw(port, `GET /api/health HTTP/1.1\r\nHost: localhost\r\nCookie: x=${'a'.repeat(20_000)}\r\n\r\n`);
    expect(res).toEqual({ status: 431, body: { error: { code: 'headers_too_large', messageKey: 'errors.headersTooLarge', params: {}, fields: [] } } });
    expectTranslated('errors.headersTooLarge');
    // A request line the parser cannot read at all is a plain 400, in the envelope too.
    const garbage = await raw(port, 'BUKAN HTTP\r\n\r\n');
    expect(garbage).toEqual({ status: 400, body: { error: { code: 'bad_request', messageKey: 'errors.badRequest', params: {}, fields: [] } } });
  });

  it('a URL that does not decode (400 errors.badUrl)', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${api}/businesses/%E0%A4%A`, headers: as('petugas') });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'bad_request', messageKey: 'errors.badUrl', params: {}, fields: [] } });
    expectTranslated('errors.badUrl');
  });

  it('malformed JSON, an unsupported content type, an unknown API path', async () => {
    const json = await t.app.inject({ method: 'POST', url: `${api}/businesses`, headers: { ...as('petugas'), 'content-type': 'application/json' }, payload: '{"name": "Warung' });
    expect([json.statusCode, json.json()]).toEqual([400, { error: { code: 'bad_request', messageKey: 'errors.badJson', params: {}, fields: [] } }]);
    const type = await t.app.inject({ method: 'POST', url: `${api}/businesses`, headers: { ...as('petugas'), 'content-type': 'text/x-ketikan' }, payload: 'nama=warung' });
    expect([type.statusCode, type.json()]).toEqual([415, { error: { code: 'unsupported_media_type', messageKey: 'errors.unsupportedMediaType', params: {}, fields: [] } }]);
    const none = await t.app.inject({ method: 'GET', url: '/api/tidak-ada', headers: as('petugas') });
    expect([none.statusCode, none.json()]).toEqual([404, { error: { code: 'not_found', messageKey: 'errors.notFound', params: {}, fields: [] } }]);
    for (const key of ['errors.badJson', 'errors.unsupportedMediaType', 'errors.uriTooLong', 'errors.requestTimeout']) expectTranslated(key);
  });
});
