import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { businessPayload, KW, makeNik, startTestApp, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
const api = `/api/tenants/${KW}`;
const year = new Date().getFullYear();
let officer = '';

/** Waits for the outbox to hand the sign-up code to the log channel, and reads it from the message. */
async function codeSentTo(phone: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const message = [...t.notifications.sent].reverse().find((m) => m.template === 'signup_code' && m.recipient === phone);
    if (message) return String(message.params.code);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no code sent to ${phone}`);
}

/** Signs an owner up through the API and returns their session cookie. */
async function signUp(phone: string, fullName: string): Promise<string> {
  const start = await t.app.inject({ method: 'POST', url: '/api/portal/signup', payload: { kodeWilayah: KW, phone, fullName, password: 'kopi-susu-2026' } });
  expect(start.statusCode, start.body).toBe(200);
  const { signupId } = start.json();
  const normalised = `+62${phone.replace(/\D/g, '').replace(/^0/, '')}`;
  const res = await t.app.inject({ method: 'POST', url: '/api/portal/signup/verify', payload: { kodeWilayah: KW, signupId, code: await codeSentTo(normalised) } });
  expect(res.statusCode, res.body).toBe(200);
  return `berdaya_session=${res.cookies.find((c) => c.name === 'berdaya_session')!.value}`;
}

async function registryBusiness(name: string, serial: string, phone: string) {
  const k = t.kecamatan[0]!;
  const res = await t.app.inject({
    method: 'POST', url: `${api}/businesses`, headers: { cookie: officer },
    payload: businessPayload(k, { name, owner: { fullName: `Pemilik ${name}`, nik: makeNik(k.code, '1990-07-21', 'P', serial), gender: 'P', phone } }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, nik: makeNik(k.code, '1990-07-21', 'P', serial) };
}

beforeAll(async () => {
  t = await startTestApp();
  officer = await t.login('petugas');
});
afterAll(() => t?.close());

describe('owner sign-up with a one-time code', () => {
  it('refuses a wrong code with the attempts left, then signs in with the right one; the phone is then taken', async () => {
    const start = await t.app.inject({ method: 'POST', url: '/api/portal/signup', payload: { kodeWilayah: KW, phone: '0813-2100-4455', fullName: 'Nining Kurniasih', password: 'kopi-susu-2026' } });
    expect(start.json()).toMatchObject({ maskedPhone: expect.stringMatching(/^\+62813•+455$/), expiresInMinutes: 10 });
    const code = await codeSentTo('+6281321004455');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const refused = await t.app.inject({ method: 'POST', url: '/api/portal/signup/verify', payload: { kodeWilayah: KW, signupId: start.json().signupId, code: wrong } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ messageKey: 'errors.portal.codeWrong', params: { attemptsLeft: 4 } });
    const ok = await t.app.inject({ method: 'POST', url: '/api/portal/signup/verify', payload: { kodeWilayah: KW, signupId: start.json().signupId, code } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ displayName: 'Nining Kurniasih', linked: false, businesses: [] });
    const reused = await t.app.inject({ method: 'POST', url: '/api/portal/signup/verify', payload: { kodeWilayah: KW, signupId: start.json().signupId, code } });
    expect(reused.json().error.messageKey).toBe('errors.portal.codeExpired');
    const again = await t.app.inject({ method: 'POST', url: '/api/portal/signup', payload: { kodeWilayah: KW, phone: '081321004455', fullName: 'X Y', password: 'kopi-susu-2026' } });
    expect(again.json().error.messageKey).toBe('errors.portal.phoneTaken');
    // The owner logs in with the number as they type it.
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '0813 2100 4455', password: 'kopi-susu-2026' } });
    expect(login.statusCode).toBe(200);
    // The outbox never shows the code to anyone.
    const outbox = await t.app.inject({ method: 'GET', url: `${api}/notifications`, headers: { cookie: await t.login('admin') } });
    expect(JSON.stringify(outbox.json())).not.toContain(code);
  });

  it('refuses a landline, a short, guessable or own-number password and a forged sign-up id', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/portal/signup', payload: { kodeWilayah: KW, phone: '(022) 5891234', fullName: 'Ujang', password: 'pendek' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['password', 'phone']);
    // From another address: sign-ups are rate limited per address and the later tests need theirs.
    const weak = await t.app.inject({ method: 'POST', url: '/api/portal/signup', remoteAddress: '10.9.0.1', payload: { kodeWilayah: KW, phone: '0813-2100-7788', fullName: 'Ujang Sutisna', password: 'aaaaaaaaaa' } });
    expect(weak.json().error.fields).toEqual([{ field: 'password', messageKey: 'validation.password.weak', params: { hint: 'warning.simpleRepeat' } }]);
    const ownNumber = await t.app.inject({ method: 'POST', url: '/api/portal/signup', remoteAddress: '10.9.0.1', payload: { kodeWilayah: KW, phone: '0813-2100-7788', fullName: 'Ujang Sutisna', password: 'ujang081321007788' } });
    expect(ownNumber.json().error.fields[0]).toMatchObject({ field: 'password', messageKey: 'validation.password.contains_username' });
    const forged = await t.app.inject({ method: 'POST', url: '/api/portal/signup/verify', payload: { kodeWilayah: KW, signupId: '0192f0a4-1111-7000-8000-000000000001', code: '123456' } });
    expect(forged.json().error.messageKey).toBe('errors.portal.codeExpired');
  });
});

describe('linking, needs and applying', () => {
  it('links at once when the registry has the NIK with the confirmed phone, then states needs and applies', async () => {
    const b = await registryBusiness('Seblak Teh Wulan', '0201', '0812-5550-1201');
    const owner = await signUp('081255501201', 'Wulan Sari');
    const link = await t.app.inject({ method: 'POST', url: `${api}/portal/link`, headers: { cookie: owner }, payload: { nik: b.nik } });
    expect(link.json()).toMatchObject({ outcome: 'linked', me: { linked: true, businesses: [{ id: b.id, name: 'Seblak Teh Wulan' }] } });
    const needs = await t.app.inject({ method: 'POST', url: `${api}/portal/needs`, headers: { cookie: owner }, payload: { businessId: b.id, needs: ['digital_marketing', 'halal'], note: 'Ingin jualan di marketplace' } });
    expect(needs.json().businesses[0].needs).toEqual(['digital_marketing', 'halal']);

    const p = await t.app.inject({
      method: 'POST', url: `${api}/programmes`, headers: { cookie: officer },
      payload: { title: 'Kelas Jualan Online', kind: 'training', topic: 'digital_marketing', year, factor: 'market', element: 'empowering', status: 'open' },
    });
    const withBatch = await t.app.inject({
      method: 'POST', url: `${api}/programmes/${p.json().id}/batches`, headers: { cookie: officer },
      payload: { name: 'Angkatan 1', capacity: 1, startsOn: `${year}-12-10`, endsOn: `${year}-12-10`, sessions: [{ title: 'Materi', startsAt: `${year}-12-10T09:00:00+07:00`, endsAt: `${year}-12-10T12:00:00+07:00` }] },
    });
    const batchId = withBatch.json().batches[0].id;
    const open = (await t.app.inject({ method: 'GET', url: `${api}/portal/programmes`, headers: { cookie: owner } })).json();
    expect(open.items.find((x: { batchId: string }) => x.batchId === batchId)).toMatchObject({ matchesNeed: true, seatsLeft: 1, applied: false });
    const applied = await t.app.inject({ method: 'POST', url: `${api}/portal/applications`, headers: { cookie: owner }, payload: { batchId, businessId: b.id } });
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.json()).toMatchObject({ status: 'applied', source: 'self', checkinToken: null });
    const twice = await t.app.inject({ method: 'POST', url: `${api}/portal/applications`, headers: { cookie: owner }, payload: { batchId, businessId: b.id } });
    expect(twice.json().error.messageKey).toBe('errors.programme.alreadyApplied');

    // Accepted: the seat is taken, the owner sees a QR; a second owner applying goes to the waitlist.
    const participantId = applied.json().id;
    const accepted = await t.app.inject({ method: 'POST', url: `${api}/participants/${participantId}/decision`, headers: { cookie: officer }, payload: { action: 'accept', version: 1 } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const qr = await t.app.inject({ method: 'GET', url: `${api}/portal/applications/${participantId}/qr.svg`, headers: { cookie: owner } });
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toContain('<svg');
    const other = await registryBusiness('Cilok Mang Dede', '0202', '0812-5550-1202');
    const second = await signUp('081255501202', 'Dede Supriatna');
    await t.app.inject({ method: 'POST', url: `${api}/portal/link`, headers: { cookie: second }, payload: { nik: other.nik } });
    const waitlisted = await t.app.inject({ method: 'POST', url: `${api}/portal/applications`, headers: { cookie: second }, payload: { batchId, businessId: other.id } });
    expect(waitlisted.json().status).toBe('waitlisted');
    // Somebody else's business or QR is out of reach.
    expect((await t.app.inject({ method: 'POST', url: `${api}/portal/applications`, headers: { cookie: second }, payload: { batchId, businessId: b.id } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `${api}/portal/applications/${participantId}/qr.svg`, headers: { cookie: second } })).statusCode).toBe(404);
    // The first owner withdraws: the waitlisted one gets the seat.
    await t.app.inject({ method: 'POST', url: `${api}/portal/applications/${participantId}/withdraw`, headers: { cookie: owner } });
    const mine = (await t.app.inject({ method: 'GET', url: `${api}/portal/applications`, headers: { cookie: second } })).json();
    expect(mine.items[0]).toMatchObject({ status: 'accepted', checkinToken: expect.stringMatching(/^B1\./) });
    // The outbox sends it on its next tick.
    await vi.waitFor(() => expect(t.notifications.sent.some((m) => m.template === 'waitlist_promoted' && m.recipient === '+6281255501202')).toBe(true), { timeout: 5000 });
  });

  it('a NIK registered with another phone waits for an officer; a new business is created when approved', async () => {
    const b = await registryBusiness('Kue Balok Pak Maman', '0203', '0812-5550-1203');
    const owner = await signUp('081255509999', 'Maman Suherman');
    const link = await t.app.inject({ method: 'POST', url: `${api}/portal/link`, headers: { cookie: owner }, payload: { nik: b.nik } });
    expect(link.json().outcome).toBe('pending');
    const assistant = await t.login('pendamping');
    expect((await t.app.inject({ method: 'GET', url: `${api}/owner-claims`, headers: { cookie: assistant } })).statusCode).toBe(403);
    const claims = (await t.app.inject({ method: 'GET', url: `${api}/owner-claims`, headers: { cookie: officer } })).json();
    const claim = claims.items.find((c: { phone: string }) => c.phone === '+6281255509999');
    expect(claim).toMatchObject({ kind: 'link', ownerName: 'Pemilik Kue Balok Pak Maman', businessNames: ['Kue Balok Pak Maman'] });
    const approved = await t.app.inject({ method: 'POST', url: `${api}/owner-claims/${claim.id}/decision`, headers: { cookie: officer }, payload: { action: 'approve' } });
    expect(approved.json().status).toBe('approved');

    // A waiting link request is settled when the owner links by a matching phone meanwhile.
    const later = await registryBusiness('Surabi Oncom Teh Lia', '0205', '0812-5550-1205');
    const lia = await signUp('081255507777', 'Lia Amelia');
    expect((await t.app.inject({ method: 'POST', url: `${api}/portal/link`, headers: { cookie: lia }, payload: { nik: later.nik } })).json().outcome).toBe('pending');
    const registryOwner = (await t.app.inject({ method: 'GET', url: `${api}/businesses/${later.id}`, headers: { cookie: officer } })).json();
    const put = await t.app.inject({
      method: 'PUT', url: `${api}/businesses/${later.id}`, headers: { cookie: officer },
      payload: { ...businessPayload(t.kecamatan[0]!, { name: 'Surabi Oncom Teh Lia' }), version: registryOwner.version, owner: { ...registryOwner.owner, phone: '0812-5550-7777', id: registryOwner.owner.id, version: registryOwner.owner.version } },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: `${api}/portal/link`, headers: { cookie: lia }, payload: { nik: later.nik } })).json().outcome).toBe('linked');
    const liaMe = (await t.app.inject({ method: 'GET', url: `${api}/portal/me`, headers: { cookie: lia } })).json();
    expect(liaMe.claims[0]).toMatchObject({ kind: 'link', status: 'approved' });
    const me = (await t.app.inject({ method: 'GET', url: `${api}/portal/me`, headers: { cookie: owner } })).json();
    expect(me).toMatchObject({ linked: true, businesses: [{ id: b.id }] });

    // An owner who knows the registry does not have them registers the business straight away.
    const newcomer = await signUp('081255508888', 'Rina Marlina');
    const k = t.kecamatan[0]!;
    const proposed = await t.app.inject({
      method: 'POST', url: `${api}/portal/businesses`, headers: { cookie: newcomer },
      payload: { businessName: 'Bakso Aci Teh Rina', sector: 'kuliner', kecamatanCode: k.code, desaCode: k.desa, startYear: 2023, gender: 'P' },
    });
    expect(proposed.json().claims[0]).toMatchObject({ kind: 'new', status: 'pending', businessName: 'Bakso Aci Teh Rina' });
    const pending = (await t.app.inject({ method: 'GET', url: `${api}/owner-claims`, headers: { cookie: officer } })).json();
    const newClaim = pending.items.find((c: { kind: string }) => c.kind === 'new');
    await t.app.inject({ method: 'POST', url: `${api}/owner-claims/${newClaim.id}/decision`, headers: { cookie: officer }, payload: { action: 'approve' } });
    const after = (await t.app.inject({ method: 'GET', url: `${api}/portal/me`, headers: { cookie: newcomer } })).json();
    expect(after.businesses).toMatchObject([{ name: 'Bakso Aci Teh Rina' }]);
    const decidedTwice = await t.app.inject({ method: 'POST', url: `${api}/owner-claims/${newClaim.id}/decision`, headers: { cookie: officer }, payload: { action: 'reject' } });
    expect(decidedTwice.statusCode).toBe(409);
  });
});

describe('abuse and races', () => {
  it('guesses sent in parallel cannot exceed five attempts', async () => {
    const start = await t.app.inject({ method: 'POST', url: '/api/portal/signup', payload: { kodeWilayah: KW, phone: '0813-9900-1122', fullName: 'Penebak Kode', password: 'kopi-susu-2026' } });
    const code = await codeSentTo('+6281399001122');
    const guesses = Array.from({ length: 12 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
    const replies = await Promise.all(guesses.map((g) => t.app.inject({ method: 'POST', url: '/api/portal/signup/verify', payload: { kodeWilayah: KW, signupId: start.json().signupId, code: g } })));
    expect(replies.filter((r) => r.statusCode === 422)).toHaveLength(4);
    expect(replies.filter((r) => r.statusCode === 429).length).toBe(8);
    // Even the right code is refused once the attempts are spent.
    const late = await t.app.inject({ method: 'POST', url: '/api/portal/signup/verify', payload: { kodeWilayah: KW, signupId: start.json().signupId, code } });
    expect(late.statusCode).toBe(429);
  });

  it('two officers approving the same new-business claim at once create one business; a linked owner keeps their record', async () => {
    const b = await registryBusiness('Pepes Ikan Bu Cucu', '0204', '0812-5550-1204');
    const owner = await signUp('081255501204', 'Cucu Sumiati');
    await t.app.inject({ method: 'POST', url: `${api}/portal/link`, headers: { cookie: owner }, payload: { nik: b.nik } });
    const k = t.kecamatan[0]!;
    await t.app.inject({
      method: 'POST', url: `${api}/portal/businesses`, headers: { cookie: owner },
      payload: { businessName: 'Pepes Ikan Bu Cucu Cabang 2', sector: 'kuliner', kecamatanCode: k.code, desaCode: k.desa },
    });
    const pending = (await t.app.inject({ method: 'GET', url: `${api}/owner-claims`, headers: { cookie: officer } })).json();
    const claim = pending.items.find((c: { payload: { businessName: string } | null }) => c.payload?.businessName === 'Pepes Ikan Bu Cucu Cabang 2');
    const admin = await t.login('admin');
    const replies = await Promise.all([officer, admin].map((cookie) =>
      t.app.inject({ method: 'POST', url: `${api}/owner-claims/${claim.id}/decision`, headers: { cookie }, payload: { action: 'approve' } })));
    expect(replies.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const me = (await t.app.inject({ method: 'GET', url: `${api}/portal/me`, headers: { cookie: owner } })).json();
    expect(me.businesses.map((x: { name: string }) => x.name).sort()).toEqual(['Pepes Ikan Bu Cucu', 'Pepes Ikan Bu Cucu Cabang 2']);
  });
});
