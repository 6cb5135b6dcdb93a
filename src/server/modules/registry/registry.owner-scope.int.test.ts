import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessPayload, KW, startTestApp, type TestApp } from '../../../../tests/support/test-app';

/** Issue 11 §2: an assistant could change the personal data of an owner whose other business is in another kecamatan. */
let t: TestApp;
const cookies: Record<string, string> = {};
const base = `/api/tenants/${KW}/businesses`;
const as = (user: string) => ({ cookie: cookies[user]! });

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['petugas', 'pendamping']) cookies[u] = await t.login(u);
});
afterAll(() => t?.close());

async function create(payload: Record<string, unknown>): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: base, headers: as('petugas'), payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
const detail = async (user: string, id: string) => (await t.app.inject({ method: 'GET', url: `${base}/${id}`, headers: as(user) })).json();

/** The PUT body of a detail, with business and owner changes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a business detail as parsed JSON, reshaped field by field
function updateBody(d: Record<string, any>, business: Record<string, unknown>, owner?: Record<string, unknown>) {
  const { id: _id, owner: o, kecamatanName: _k, desaName: _d, scale: _s, scaleRuleId: _r, createdAt: _c, updatedAt: _u, canEdit: _e, metrics: _m, licences, ...fields } = d;
  const { masked: _ma, editable: _ed, businessCount: _b, ...ownerFields } = o;
  return { ...fields, licences: licences.map(({ id: _i, ...l }: { id: string }) => l), ...business, ...(owner ? { owner: { ...ownerFields, ...owner } } : {}) };
}

describe("an assistant and the personal data of an owner shared with another kecamatan", () => {
  let shared: string;
  let local: string;

  beforeAll(async () => {
    // Bu Cucu runs a stall in the assistant's kecamatan and a second one in the next kecamatan.
    shared = await create(businessPayload(t.kecamatan[0]!, { name: 'Warung Bu Cucu', owner: { fullName: 'Cucu Rahayu', nik: '3204054506780002', gender: 'P', phone: '081311112222' } }));
    const ownerId = (await detail('petugas', shared)).owner.id;
    await create(businessPayload(t.kecamatan[1]!, { name: 'Warung Bu Cucu Cabang Pasar', owner: { id: ownerId } }));
    // Pak Oman's only business is in the assistant's kecamatan.
    local = await create(businessPayload(t.kecamatan[0]!, { name: 'Bengkel Pak Oman', owner: { fullName: 'Oman Abdurahman', nik: '3204051010700003', gender: 'L', phone: '081322223333' } }));
  });

  it('the owner is not editable for the assistant, and a change to them is refused (403) and not stored', async () => {
    const d = await detail('pendamping', shared);
    expect(d.canEdit).toBe(true); // the business itself is in their kecamatan
    expect(d.owner).toMatchObject({ editable: false, masked: false, businessCount: 2 });
    const res = await t.app.inject({ method: 'PUT', url: `${base}/${shared}`, headers: as('pendamping'), payload: updateBody(d, {}, { phone: '089999999999', fullName: 'Cucu Diganti' }) });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.messageKey).toBe('errors.owner.sharedOutOfScope');
    const after = await detail('petugas', shared);
    expect(after.owner).toMatchObject({ fullName: 'Cucu Rahayu', phone: '+6281311112222', version: d.owner.version });
    expect(after.version).toBe(d.version);
  });

  it('the assistant still edits the business itself; office staff edit the owner', async () => {
    const d = await detail('pendamping', shared);
    const res = await t.app.inject({ method: 'PUT', url: `${base}/${shared}`, headers: as('pendamping'), payload: updateBody(d, { name: 'Warung Nasi Bu Cucu' }) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().name).toBe('Warung Nasi Bu Cucu');
    const office = await detail('petugas', shared);
    expect(office.owner.editable).toBe(true);
    const put = await t.app.inject({ method: 'PUT', url: `${base}/${shared}`, headers: as('petugas'), payload: updateBody(office, {}, { phone: '081399998888' }) });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().owner.phone).toBe('+6281399998888');
  });

  it('an owner whose every business is in the assistant kecamatan stays editable for them', async () => {
    const d = await detail('pendamping', local);
    expect(d.owner.editable).toBe(true);
    const res = await t.app.inject({ method: 'PUT', url: `${base}/${local}`, headers: as('pendamping'), payload: updateBody(d, {}, { phone: '081377776666' }) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().owner.phone).toBe('+6281377776666');
  });
});
