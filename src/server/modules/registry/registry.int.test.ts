import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessPayload, KW, OTHER_KW, startTestApp, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
const cookies: Record<string, string> = {};
const base = `/api/tenants/${KW}/businesses`;

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['admin', 'kadis', 'petugas', 'pendamping', 'pemilik', 'mitra', 'petugas-sampang']) cookies[u] = await t.login(u);
});
afterAll(() => t?.close());

const as = (user: string) => ({ cookie: cookies[user]! });
async function create(user: string, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: base, headers: as(user), payload });
}
async function countBusinesses() {
  const res = await t.app.inject({ method: 'GET', url: `${base}?pageSize=1`, headers: as('petugas') });
  return res.json().total as number;
}

describe('registry: create, find, read', () => {
  it('an officer creates a business; it is classified, snapshotted, audited and findable by name, owner, NIK and phone', async () => {
    const res = await create('petugas', businessPayload(t.kecamatan[1]!));
    expect(res.statusCode).toBe(201);
    const b = res.json();
    expect(b.scale).toBe('micro');
    expect(b.scaleRuleId).toBe('PP7_2021');
    expect(b.owner.phone).toBe('+6281223456789');
    expect(b.owner.birthDate).toBe('1979-08-17'); // filled from the NIK
    expect(b.metrics).toHaveLength(1);
    expect(b.metrics[0]).toMatchObject({ source: 'create', scale: 'micro', annualSales: 96_000_000 });
    for (const q of ['keripik tempe', 'EUIS', b.owner.nik.slice(0, 8), '0812 2345', '6281223456789']) {
      const found = await t.app.inject({ method: 'GET', url: `${base}?q=${encodeURIComponent(q)}`, headers: as('petugas') });
      expect(found.json().items.map((i: { id: string }) => i.id), q).toContain(b.id);
    }
    const audit = await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/audit?entity=business&entityId=${b.id}`, headers: as('admin') });
    const actions = audit.json().items.map((i: { entity: string; action: string }) => `${i.entity}:${i.action}`);
    expect(actions).toEqual(expect.arrayContaining(['business:create', 'owner:create']));
  });

  it('filters by kecamatan, scale, sector and legality', async () => {
    const withNib = businessPayload(t.kecamatan[2]!, {
      name: 'Batik Sekar Arum',
      sector: 'fashion',
      annualSales: 4_000_000_000,
      licences: [{ kind: 'NIB', number: '9120001234567' }],
      owner: { fullName: 'Dedi Kurniawan', phone: '081398765432' },
    });
    const res = await create('petugas', withNib);
    expect(res.statusCode).toBe(201);
    expect(res.json().scale).toBe('small');
    const q = (s: string) => t.app.inject({ method: 'GET', url: `${base}?${s}`, headers: as('petugas') }).then((r) => r.json());
    expect((await q(`kecamatan=${t.kecamatan[2]!.code}`)).items.map((i: { name: string }) => i.name)).toEqual(['Batik Sekar Arum']);
    expect((await q('scale=small')).items).toHaveLength(1);
    expect((await q('legality=NIB')).items[0].hasNib).toBe(true);
    expect((await q('legality=-NIB')).items.every((i: { hasNib: boolean }) => !i.hasNib)).toBe(true);
    expect((await q('sector=fashion,jasa')).total).toBe(1);
    expect((await q('q=9120001234')).items[0].name).toBe('Batik Sekar Arum');
    expect((await q('q=ba')).items.map((i: { name: string }) => i.name)).toEqual(['Batik Sekar Arum']); // name starts with
    expect((await q('q=9120')).total).toBe(0); // too few digits for an identifier: searched as text
  });

  it('keeps the NIB flag in step when licences change', async () => {
    const created = (await create('petugas', businessPayload(t.kecamatan[2]!, { name: 'Dodol Garut Ceu Nining', licences: [{ kind: 'NIB', number: '9120009876543' }] }))).json();
    const { id, version, owner: _o, kecamatanName: _k, desaName: _d, scale: _s, scaleRuleId: _r, createdAt: _c, updatedAt: _u, canEdit: _e, metrics: _m, licences: _l, ...fields } = created;
    const put = await t.app.inject({ method: 'PUT', url: `${base}/${id}`, headers: as('petugas'), payload: { ...fields, version, licences: [{ kind: 'SKU', number: '503/12/SKU/2024' }] } });
    expect(put.statusCode).toBe(200);
    const found = (await t.app.inject({ method: 'GET', url: `${base}?q=dodol`, headers: as('petugas') })).json();
    expect(found.items[0]).toMatchObject({ id, hasNib: false });
    const lacking = (await t.app.inject({ method: 'GET', url: `${base}?q=dodol&legality=-NIB`, headers: as('petugas') })).json();
    expect(lacking.total).toBe(1);
  });
});

describe('registry: bad input changes nothing', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['NIK of 15 digits', { owner: { fullName: 'Asep', nik: '320401170879000' } }, 'owner.nik', 'validation.nik.format'],
    ['NIK with 31 February', { owner: { fullName: 'Asep', nik: '3204053102790007' } }, 'owner.nik', 'validation.nik.birth_date'],
    ['NIK of a woman for a man', { owner: { fullName: 'Asep', gender: 'L', nik: '3204055708790007' } }, 'owner.nik', 'validation.nik.gender_mismatch'],
    ['NIK from an unknown region', { owner: { fullName: 'Asep', nik: '9999011708790007' } }, 'owner.nik', 'validation.nik.region'],
    ['phone with letters', { owner: { fullName: 'Asep', phone: '0812-ABCD-999' } }, 'owner.phone', 'validation.phone.invalid'],
    ['NIB of 12 digits', { licences: [{ kind: 'NIB', number: '912000123456' }] }, 'licences.0.number', 'validation.nib.format'],
    ['negative sales', { annualSales: -5 }, 'annualSales', 'validation.too_small'],
    ['fractional rupiah', { capital: 1500.5 }, 'capital', 'validation.invalid_type'],
    ['closed without reason', { status: 'closed' }, 'statusReason', 'validation.status.reason_required'],
    ['desa of another kecamatan', { desaCode: '32.04.99.2001' }, 'desaCode', 'validation.desa.outside_kecamatan'],
    ['kecamatan of another regency', { kecamatanCode: '35.27.01', desaCode: '35.27.01.2001' }, 'kecamatanCode', 'validation.kecamatan.outside_tenant'],
  ];
  it.each(cases)('%s → 422 on %s', async (_label, override, field, messageKey) => {
    const before = await countBusinesses();
    const res = await create('petugas', businessPayload(t.kecamatan[1]!, override));
    expect(res.statusCode).toBe(422);
    const fields = res.json().error.fields as { field: string; messageKey: string }[];
    expect(fields).toContainEqual(expect.objectContaining({ field, messageKey }));
    expect(await countBusinesses()).toBe(before);
  });

  it('a NIB already used by another business is refused', async () => {
    const res = await create('petugas', businessPayload(t.kecamatan[1]!, { licences: [{ kind: 'NIB', number: '9120001234567' }] }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields[0]).toMatchObject({ field: 'licences.0.number', messageKey: 'validation.licence.number_taken' });
  });
});

describe('registry: concurrent edits', () => {
  it('the second save with a stale version is refused with 409 and the first save stays', async () => {
    const created = (await create('petugas', businessPayload(t.kecamatan[1]!, { name: 'Warung Nasi Ibu Imas' }))).json();
    const { id, version, owner: _o, kecamatanName: _k, desaName: _d, scale: _s, scaleRuleId: _r, createdAt: _c, updatedAt: _u, canEdit: _e, metrics: _m, licences, ...fields } = created;
    const edit = (name: string, annualSales: number) =>
      t.app.inject({ method: 'PUT', url: `${base}/${id}`, headers: as('petugas'), payload: { ...fields, licences: licences.map(({ id: _i, ...l }: { id: string }) => l), name, annualSales, version } });
    const first = await edit('Warung Nasi Ibu Imas Jaya', 2_400_000_000);
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(version + 1);
    expect(first.json().scale).toBe('small');
    expect(first.json().metrics[0]).toMatchObject({ source: 'update', previousScale: 'micro', scale: 'small' });
    const second = await edit('Warung Imas', 100);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.messageKey).toBe('errors.conflict.version');
    const now = (await t.app.inject({ method: 'GET', url: `${base}/${id}`, headers: as('petugas') })).json();
    expect(now.name).toBe('Warung Nasi Ibu Imas Jaya');
    const del = await t.app.inject({ method: 'DELETE', url: `${base}/${id}?version=${version}`, headers: as('petugas') });
    expect(del.statusCode).toBe(409);
    const del2 = await t.app.inject({ method: 'DELETE', url: `${base}/${id}?version=${now.version}`, headers: as('petugas') });
    expect(del2.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `${base}/${id}`, headers: as('petugas') })).statusCode).toBe(404);
  });
});

describe('registry: roles', () => {
  let inAssistantArea: string;
  let outsideArea: string;
  beforeAll(async () => {
    inAssistantArea = (await create('petugas', businessPayload(t.kecamatan[0]!, { name: 'Bengkel Las Jaya', owner: { fullName: 'Ujang Sopandi', nik: '3204051203850003', phone: '085711112222' } }))).json().id;
    outsideArea = (await create('petugas', businessPayload(t.kecamatan[1]!, { name: 'Kopi Malabar Mandiri', owner: { fullName: 'Iwan Setiawan' } }))).json().id;
  });

  it('an assistant reads and writes only in their kecamatan, even by guessing ids', async () => {
    expect((await t.app.inject({ method: 'GET', url: `${base}/${inAssistantArea}`, headers: as('pendamping') })).statusCode).toBe(200);
    const denied = await t.app.inject({ method: 'GET', url: `${base}/${outsideArea}`, headers: as('pendamping') });
    expect(denied.statusCode).toBe(403);
    const list = (await t.app.inject({ method: 'GET', url: base, headers: as('pendamping') })).json();
    expect(list.items.every((i: { kecamatanCode: string }) => i.kecamatanCode === t.kecamatan[0]!.code)).toBe(true);
    const wrongArea = await create('pendamping', businessPayload(t.kecamatan[1]!));
    expect(wrongArea.statusCode).toBe(422);
    expect(wrongArea.json().error.fields[0].messageKey).toBe('validation.kecamatan.not_assigned');
    expect((await create('pendamping', businessPayload(t.kecamatan[0]!, { name: 'Toko Kelontong Berkah' }))).statusCode).toBe(201);
    const audit = await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/audit?entity=business&entityId=${outsideArea}`, headers: as('pendamping') });
    expect(audit.statusCode).toBe(403);
  });

  it('the head reads everything with NIK and phone masked, and cannot write', async () => {
    const res = (await t.app.inject({ method: 'GET', url: `${base}/${inAssistantArea}`, headers: as('kadis') })).json();
    expect(res.owner.masked).toBe(true);
    expect(res.owner.phone).toMatch(/^\+62857•+222$/);
    expect(res.owner.nik).toMatch(/^\d{6}•+\d{2}$/);
    expect(res.canEdit).toBe(false);
    expect((await create('kadis', businessPayload(t.kecamatan[0]!))).statusCode).toBe(403);
    const audit = (await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/audit?entity=business&entityId=${inAssistantArea}`, headers: as('kadis') })).json();
    const ownerEntry = audit.items.find((i: { entity: string }) => i.entity === 'owner');
    expect(ownerEntry.after.phone).toBe('••••');
    expect((await t.app.inject({ method: 'GET', url: `/api/tenants/${KW}/audit`, headers: as('kadis') })).statusCode).toBe(403);
  });

  it('partners, owners without a record and other regencies see nothing', async () => {
    expect((await t.app.inject({ method: 'GET', url: base, headers: as('mitra') })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: base, headers: as('pemilik') })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `${base}/${inAssistantArea}`, headers: as('petugas-sampang') })).statusCode).toBe(403);
    const theirs = (await t.app.inject({ method: 'GET', url: `/api/tenants/${OTHER_KW}/businesses`, headers: as('petugas-sampang') })).json();
    expect(theirs.total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: base })).statusCode).toBe(401);
  });

  it('an owner sees only their own businesses, unmasked', async () => {
    const detail = (await t.app.inject({ method: 'GET', url: `${base}/${inAssistantArea}`, headers: as('petugas') })).json();
    await t.services.auth.grantRole({ userId: t.userIds.pemilik!, kodeWilayah: KW, role: 'owner', ownerId: detail.owner.id });
    const list = (await t.app.inject({ method: 'GET', url: base, headers: as('pemilik') })).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([inAssistantArea]);
    expect((await t.app.inject({ method: 'GET', url: `${base}/${outsideArea}`, headers: as('pemilik') })).statusCode).toBe(403);
    const own = (await t.app.inject({ method: 'GET', url: `${base}/${inAssistantArea}`, headers: as('pemilik') })).json();
    expect(own.owner.masked).toBe(false);
    expect(own.canEdit).toBe(false);
  });
});
