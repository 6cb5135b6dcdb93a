import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryBusinessWithNik, signUpOwner } from '../../../../tests/support/portal-owner';
import { KW, makeNik, startTestApp, type TestApp } from '../../../../tests/support/test-app';
import { LINK_ATTEMPTS_PER_HOUR } from './portal.routes';

/** Issue 11 §2: a new owner account could test any NIK against the registry (`not_found` vs `pending`), without limit. */
let t: TestApp;
let officer = '';
const api = `/api/tenants/${KW}`;
const link = (cookie: string, nik: string) => t.app.inject({ method: 'POST', url: `${api}/portal/link`, headers: { cookie }, payload: { nik } });

beforeAll(async () => {
  t = await startTestApp();
  officer = await t.login('petugas');
});
afterAll(() => t?.close());

/** The reply without what differs between any two accounts (names, ids, times). */
function shapeOf(reply: { outcome: string; me: { linked: boolean; businesses: unknown[]; claims: Record<string, unknown>[] } }) {
  return {
    outcome: reply.outcome, linked: reply.me.linked, businesses: reply.me.businesses,
    claims: reply.me.claims.map(({ id: _i, createdAt: _c, ...rest }) => rest),
  };
}

describe('portal link: the reply does not tell an unverified owner what the registry holds', () => {
  it('a NIK in the registry (with another phone) and a NIK it does not have get the same reply; both wait for an officer', async () => {
    const known = await registryBusinessWithNik(t, officer, 'Tahu Sumedang Bu Imas', '0301', '0812-7000-0301');
    const unknownNik = makeNik(t.kecamatan[0]!.code, '1988-03-04', 'L', '0777');
    const prober = await signUpOwner(t, '0813-7000-1111', 'Dedi Mulyadi');
    const other = await signUpOwner(t, '0813-7000-2222', 'Yayan Sopyan');
    const a = await link(prober, known.nik);
    const b = await link(other, unknownNik);
    expect(a.statusCode, a.body).toBe(200);
    expect(b.statusCode, b.body).toBe(200);
    expect(shapeOf(a.json())).toEqual(shapeOf(b.json()));
    expect(a.json().outcome).toBe('pending');
    expect(a.body).not.toContain('Tahu Sumedang');
    expect(a.body).not.toContain('Imas');
    // A second try answers the same for both: the request is waiting.
    const [a2, b2] = [await link(prober, unknownNik), await link(other, known.nik)];
    expect([a2.statusCode, b2.statusCode]).toEqual([409, 409]);
    expect(a2.json().error.messageKey).toBe(b2.json().error.messageKey);

    // The office sees both requests with the NIK typed: one matches a registry owner, the other none.
    const claims = (await t.app.inject({ method: 'GET', url: `${api}/owner-claims`, headers: { cookie: officer } })).json().items;
    const ofKnown = claims.find((c: { phone: string }) => c.phone === '+6281370001111');
    const ofUnknown = claims.find((c: { phone: string }) => c.phone === '+6281370002222');
    expect(ofKnown).toMatchObject({ kind: 'link', nik: known.nik, ownerName: 'Pemilik Tahu Sumedang Bu Imas' });
    expect(ofUnknown).toMatchObject({ kind: 'link', nik: unknownNik, ownerName: null, businessNames: [] });
    // There is nothing to link the unknown NIK to: approving is refused, rejecting lets the owner register the business.
    const approve = await t.app.inject({ method: 'POST', url: `${api}/owner-claims/${ofUnknown.id}/decision`, headers: { cookie: officer }, payload: { action: 'approve' } });
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error.messageKey).toBe('errors.portal.claimNoOwner');
    const reject = await t.app.inject({
      method: 'POST', url: `${api}/owner-claims/${ofUnknown.id}/decision`, headers: { cookie: officer },
      payload: { action: 'reject', reason: 'NIK tidak ada di data Dinas. Silakan daftarkan usaha Anda.' },
    });
    expect(reject.json().status).toBe('rejected');
    const k = t.kecamatan[0]!;
    const proposed = await t.app.inject({
      method: 'POST', url: `${api}/portal/businesses`, headers: { cookie: other },
      payload: { businessName: 'Bajigur Mang Yayan', sector: 'kuliner', kecamatanCode: k.code, desaCode: k.desa, nik: unknownNik },
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
  });

  it('the link call is limited per account: a burst is refused (429) while another account from the same address still gets its reply', async () => {
    const burst = await signUpOwner(t, '0813-7000-3333', 'Penguji NIK');
    const patient = await signUpOwner(t, '0813-7000-4444', 'Neneng Hasanah');
    const replies = [];
    for (let i = 0; i < LINK_ATTEMPTS_PER_HOUR + 3; i++) replies.push(await link(burst, makeNik(t.kecamatan[0]!.code, '1970-01-01', 'L', String(1000 + i))));
    const codes = replies.map((r) => r.statusCode);
    expect(codes.slice(0, LINK_ATTEMPTS_PER_HOUR).every((c) => c === 200 || c === 409)).toBe(true);
    expect(codes.slice(LINK_ATTEMPTS_PER_HOUR)).toEqual([429, 429, 429]);
    const other = await link(patient, makeNik(t.kecamatan[0]!.code, '1971-02-02', 'P', '2000'));
    expect(other.statusCode, other.body).toBe(200);
    expect(other.json().outcome).toBe('pending');
  });

  it('a NIK the registry has with the confirmed phone still links at once', async () => {
    const own = await registryBusinessWithNik(t, officer, 'Peuyeum Bu Enok', '0302', '0813-7000-5555');
    const owner = await signUpOwner(t, '0813-7000-5555', 'Enok Suhaenah');
    const res = await link(owner, own.nik);
    expect(res.json()).toMatchObject({ outcome: 'linked', me: { linked: true, businesses: [{ id: own.id, name: 'Peuyeum Bu Enok' }] } });
  });
});
