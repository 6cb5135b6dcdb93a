import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessPayload, KW, makeNik, startTestApp, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
const cookies: Record<string, string> = {};
const as = (user: string) => ({ cookie: cookies[user]! });
const api = `/api/tenants/${KW}`;
const year = new Date().getFullYear();

async function post(user: string, url: string, payload: unknown) {
  return t.app.inject({ method: 'POST', url: `${api}${url}`, headers: as(user), payload: payload as object });
}
async function get(user: string, url: string) {
  return t.app.inject({ method: 'GET', url: `${api}${url}`, headers: as(user) });
}

/** A registry business in the test regency; `nib` gives it an NIB licence. */
async function business(name: string, serial: string, opts: { nib?: string; kecamatan?: number } = {}) {
  const k = t.kecamatan[opts.kecamatan ?? 0]!;
  const res = await post('petugas', '/businesses', businessPayload(k, {
    name,
    licences: opts.nib ? [{ kind: 'NIB', number: opts.nib }] : [],
    owner: { fullName: `Pemilik ${name}`, nik: makeNik(k.code, '1985-03-12', 'P', serial), gender: 'P', phone: `0812-7000-${serial}` },
  }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const sessionsOn = (day: string) => [
  { title: 'Materi 1', startsAt: `${day}T09:00:00+07:00`, endsAt: `${day}T12:00:00+07:00` },
  { title: 'Materi 2', startsAt: `${day}T13:00:00+07:00`, endsAt: `${day}T16:00:00+07:00` },
];

async function programme(overrides: Record<string, unknown> = {}, capacity = 2) {
  const res = await post('petugas', '/programmes', {
    title: 'Pelatihan Pemasaran Digital', kind: 'training', topic: 'digital_marketing', year, factor: 'market', element: 'empowering',
    budgetCode: '2.17.03.1.01', budgetAmount: 45_000_000, targets: { [t.kecamatan[0]!.code]: 10 }, status: 'open',
    rules: { requiredLicences: ['NIB'] }, ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  const p = res.json();
  const withBatch = await post('petugas', `/programmes/${p.id}/batches`, {
    name: 'Angkatan 1', venue: 'Aula PLUT Soreang', capacity, startsOn: `${year}-12-01`, endsOn: `${year}-12-02`, sessions: sessionsOn(`${year}-12-01`),
  });
  expect(withBatch.statusCode, withBatch.body).toBe(201);
  const batch = withBatch.json().batches[0];
  return { id: p.id as string, batchId: batch.id as string, sessionIds: batch.sessions.map((s: { id: string }) => s.id) as string[] };
}

const nominate = (batchId: string, businessId: string, source = 'musrenbang', sourceDetail: object = { year, desaCode: t.kecamatan[0]!.desa }) =>
  post('petugas', `/batches/${batchId}/participants`, { businessId, source, sourceDetail });
const decide = (id: string, version: number, action: string, overrideReason?: string) =>
  post('petugas', `/participants/${id}/decision`, { action, version, overrideReason });

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['admin', 'kadis', 'petugas', 'pendamping', 'pemilik', 'mitra']) cookies[u] = await t.login(u);
});
afterAll(() => t?.close());

describe('programmes: planning and roles', () => {
  it('officers plan; the head reads; partners and owners see nothing', async () => {
    const p = await programme();
    const view = (await get('kadis', `/programmes/${p.id}`)).json();
    expect(view.batches[0].sessions).toHaveLength(2);
    expect(view.canEdit).toBe(false);
    expect((await post('kadis', '/programmes', {})).statusCode).toBe(422);
    expect((await post('kadis', '/programmes', { title: 'X program', kind: 'training', topic: 'other', year, factor: 'market', element: 'enabling' })).statusCode).toBe(403);
    expect((await get('mitra', '/programmes')).statusCode).toBe(403);
    expect((await get('pemilik', '/programmes')).statusCode).toBe(403);
    const list = (await get('petugas', `/programmes?year=${year}`)).json();
    expect(list.items.find((x: { id: string }) => x.id === p.id)).toMatchObject({ target: 10, batchCount: 1, realised: 0 });
  });

  it('refuses a batch that ends before it starts and a target in another regency', async () => {
    const p = await programme();
    const bad = await post('petugas', `/programmes/${p.id}/batches`, { name: 'B', capacity: 5, startsOn: `${year}-12-05`, endsOn: `${year}-12-01` });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields[0]).toMatchObject({ field: 'endsOn', messageKey: 'validation.endsBeforeStarts' });
    const other = await post('petugas', '/programmes', { title: 'Luar wilayah', kind: 'training', topic: 'other', year, factor: 'market', element: 'enabling', targets: { '35.27.01': 3 } });
    expect(other.statusCode).toBe(422);
  });
});

describe('participants: provenance, screening, seats and waitlist', () => {
  it('records where a nomination came from and refuses a second one for the same business', async () => {
    const p = await programme();
    const b = await business('Batik Tulis Ciwidey', '0101', { nib: '9120001234501' });
    const missing = await nominate(p.batchId, b, 'epokir', {});
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.fields[0].field).toBe('sourceDetail.councilMember');
    const ok = await nominate(p.batchId, b, 'epokir', { councilMember: 'H. Asep Suryana, S.IP' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ source: 'epokir', sourceDetail: { councilMember: 'H. Asep Suryana, S.IP' }, status: 'applied', eligible: true });
    const again = await nominate(p.batchId, b, 'self', {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.messageKey).toBe('errors.programme.alreadyApplied');
  });

  it('shows each candidate\'s reasons; an ineligible one is accepted only with a written reason', async () => {
    const p = await programme();
    const noNib = await business('Opak Ketan Bi Iyah', '0102');
    const n = (await nominate(p.batchId, noNib)).json();
    const list = (await get('petugas', `/batches/${p.batchId}/participants`)).json();
    const row = list.items.find((x: { id: string }) => x.id === n.id);
    expect(row.eligible).toBe(false);
    expect(row.reasons).toContainEqual(expect.objectContaining({ rule: 'licence', ok: false, params: expect.objectContaining({ missing: 'NIB' }) }));
    const refused = await decide(n.id, n.version, 'accept');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.messageKey).toBe('errors.programme.overrideRequired');
    const forced = await decide(n.id, n.version, 'accept', 'Usulan Bupati saat kunjungan kerja');
    expect(forced.statusCode, forced.body).toBe(200);
    expect(forced.json()).toMatchObject({ status: 'accepted', overrideReason: 'Usulan Bupati saat kunjungan kerja' });
  });

  it('two officers accepting the last seat at once: one wins, the other is told the batch is full', async () => {
    const p = await programme({ rules: {} }, 1);
    const a = (await nominate(p.batchId, await business('Dodol Garut Ceu Enok', '0103'))).json();
    const b = (await nominate(p.batchId, await business('Rengginang Mang Ujang', '0104'))).json();
    const results = await Promise.all([decide(a.id, a.version, 'accept'), decide(b.id, b.version, 'accept')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().error).toMatchObject({ messageKey: 'errors.programme.batchFull', params: { capacity: 1 } });
    const list = (await get('petugas', `/batches/${p.batchId}/participants`)).json();
    expect(list.accepted).toBe(1);
    const programmes = (await get('petugas', `/programmes?year=${year}`)).json();
    expect(programmes.items.find((x: { id: string }) => x.id === p.id)).toMatchObject({ realised: 1, batchCount: 1 });
  });

  it('a freed seat goes to the first on the waitlist automatically', async () => {
    const p = await programme({ rules: {} }, 1);
    const first = (await nominate(p.batchId, await business('Sale Pisang Teh Imas', '0105'))).json();
    const waiting = (await nominate(p.batchId, await business('Kerupuk Kulit Pak Dadang', '0106'))).json();
    const accepted = (await decide(first.id, first.version, 'accept')).json();
    expect((await decide(waiting.id, waiting.version, 'waitlist')).json().status).toBe('waitlisted');
    const withdrawn = await decide(first.id, accepted.version, 'withdraw');
    expect(withdrawn.json().status).toBe('withdrawn');
    const list = (await get('petugas', `/batches/${p.batchId}/participants`)).json();
    expect(list.items.find((x: { id: string }) => x.id === waiting.id).status).toBe('accepted');
    // A stale version (someone decided meanwhile) is a conflict, not a silent overwrite.
    expect((await decide(waiting.id, waiting.version, 'reject')).statusCode).toBe(409);
    // Raising the capacity gives the new seat to the waitlist at once.
    const third = (await nominate(p.batchId, await business('Gemblong Bi Ani', '0112'))).json();
    expect((await decide(third.id, third.version, 'waitlist')).json().status).toBe('waitlisted');
    const raised = await t.app.inject({
      method: 'PUT', url: `${api}/batches/${p.batchId}`, headers: as('petugas'),
      payload: { name: 'Angkatan 1', venue: 'Aula PLUT Soreang', capacity: 2, startsOn: `${year}-12-01`, endsOn: `${year}-12-02` },
    });
    expect(raised.json().batches[0]).toMatchObject({ capacity: 2, accepted: 2, waitlisted: 0 });
    // Moving the seated one back to the waitlist frees the seat for someone else, never for themselves.
    const seated = list.items.find((x: { id: string }) => x.id === waiting.id);
    expect((await decide(waiting.id, seated.version, 'waitlist')).json().status).toBe('waitlisted');
    // The one who withdrew may be nominated again: the same participant row comes back.
    const again = await nominate(p.batchId, first.businessId);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ id: first.id, status: 'applied' });
  });

  it('an assistant nominates only businesses of their kecamatan and cannot decide', async () => {
    const p = await programme({ rules: {} });
    const outside = await business('Tahu Sumedang Bu Lilis', '0107', { kecamatan: 1 });
    const inside = await business('Peuyeum Bandung Mang Oding', '0108');
    expect((await post('pendamping', `/batches/${p.batchId}/participants`, { businessId: outside, source: 'assistant' })).statusCode).toBe(403);
    const n = await post('pendamping', `/batches/${p.batchId}/participants`, { businessId: inside, source: 'assistant' });
    expect(n.statusCode, n.body).toBe(201);
    expect((await post('pendamping', `/participants/${n.json().id}/decision`, { action: 'accept', version: 1 })).statusCode).toBe(403);
  });
});

describe('attendance, completion and certificates', () => {
  it('checks in by QR once per session, refuses forged and foreign codes, completes and verifies publicly', async () => {
    const p = await programme({ rules: {}, completionMinPercent: 75 });
    const other = await programme({ rules: {} });
    const present = (await nominate(p.batchId, await business('Keripik Singkong Bu Euis', '0109'))).json();
    const absent = (await nominate(p.batchId, await business('Bolu Kukus Teh Rina', '0110'))).json();
    await decide(present.id, present.version, 'accept');
    await decide(absent.id, absent.version, 'accept');
    const token = t.services.attendance.tokenFor(KW, present.id, p.batchId);
    const [s1, s2] = p.sessionIds as [string, string];

    const first = await post('petugas', `/sessions/${s1}/checkins`, { token });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ participantId: present.id, firstTime: true, ownerName: 'Pemilik Keripik Singkong Bu Euis' });
    const rescan = await post('pendamping', `/sessions/${s1}/checkins`, { token });
    expect(rescan.json().firstTime).toBe(false);
    const forged = await post('petugas', `/sessions/${s1}/checkins`, { token: token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA') });
    expect(forged.json().error.messageKey).toBe('errors.programme.qrInvalid');
    const foreign = await post('petugas', `/sessions/${other.sessionIds[0]}/checkins`, { token });
    expect(foreign.json().error.messageKey).toBe('errors.programme.qrOtherBatch');
    expect((await post('kadis', `/sessions/${s1}/checkins`, { token })).statusCode).toBe(403);
    expect((await post('petugas', `/sessions/${s2}/checkins`, { participantId: present.id })).json().firstTime).toBe(true);
    const sheet = (await get('petugas', `/sessions/${s1}/attendance`)).json();
    expect(sheet.items.filter((i: { checkedInAt: string | null }) => i.checkedInAt)).toHaveLength(1);

    const done = await post('petugas', `/batches/${p.batchId}/complete`, {});
    expect(done.json()).toEqual({ completed: 1, notCompleted: 1, certificates: 1 });
    expect((await post('petugas', `/batches/${p.batchId}/complete`, {})).statusCode).toBe(409);
    expect((await post('petugas', `/sessions/${s1}/checkins`, { participantId: absent.id })).statusCode).toBe(409);

    const list = (await get('petugas', `/batches/${p.batchId}/participants`)).json();
    const finished = list.items.find((x: { id: string }) => x.id === present.id);
    expect(finished).toMatchObject({ status: 'completed', attendancePercent: 100 });
    expect(list.items.find((x: { id: string }) => x.id === absent.id)).toMatchObject({ status: 'not_completed', attendancePercent: 0, certificateId: null });
    const pdf = await get('petugas', `/certificates/${finished.certificateId}.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const outbox = await t.app.inject({ method: 'GET', url: `${api}/notifications?pageSize=100`, headers: as('admin') });
    const ready = outbox.json().items.find((m: { template: string }) => m.template === 'certificate_ready');
    const url = String(ready.params.url);
    const code = url.split('/').pop()!;
    expect(url).toContain(`/portal/verifikasi/${KW}/`);
    const verified = await t.app.inject({ method: 'GET', url: `/api/public/certificates/${KW}/${code}` });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ valid: true, participantName: 'Pemilik Keripik Singkong Bu Euis', programmeTitle: 'Pelatihan Pemasaran Digital' });
    expect((await t.app.inject({ method: 'GET', url: `/api/public/certificates/${KW}/ABCDEFGHJKMN` })).statusCode).toBe(404);

    // Revoked: the public check says so, the PDF is gone, a second revocation is a conflict; the head cannot.
    expect((await post('kadis', `/certificates/${finished.certificateId}/revoke`, { reason: 'Kehadiran tidak benar' })).statusCode).toBe(403);
    expect((await post('petugas', `/certificates/${finished.certificateId}/revoke`, { reason: 'Kehadiran tidak benar' })).statusCode).toBe(204);
    expect((await post('petugas', `/certificates/${finished.certificateId}/revoke`, { reason: 'Kehadiran tidak benar' })).json().error.messageKey).toBe('errors.programme.certificateRevoked');
    expect((await t.app.inject({ method: 'GET', url: `/api/public/certificates/${KW}/${code}` })).json()).toMatchObject({ valid: false, revoked: true });
    expect((await get('petugas', `/certificates/${finished.certificateId}.pdf`)).statusCode).toBe(404);
    const after = (await get('petugas', `/batches/${p.batchId}/participants`)).json().items.find((x: { id: string }) => x.id === present.id);
    expect(after).toMatchObject({ certificateId: null, certificateRevoked: true });
  });
});

describe('programme report', () => {
  it('counts participants by source, kecamatan and gender, and targets against realised', async () => {
    const report = await get('kadis', `/programme-report?year=${year}`);
    expect(report.statusCode, report.body).toBe(200);
    const r = report.json();
    expect(r.bySource.find((x: { key: string }) => x.key === 'musrenbang').count).toBeGreaterThan(0);
    expect(r.byGender.find((x: { key: string }) => x.key === 'P').count).toBeGreaterThan(0);
    expect(r.firstTime.first).toBeGreaterThan(0);
    expect(r.targets.length).toBeGreaterThan(0);
    expect(r.targets.every((x: { target: number }) => x.target === 10 || x.target === 0)).toBe(true);
  });
});

describe('reminders', () => {
  it('queues one "tomorrow" message per accepted participant per session, however often it runs', async () => {
    const tomorrow = new Date(Date.now() + 7 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
    const res = await post('petugas', '/programmes', { title: 'Sosialisasi Halal', kind: 'socialisation', topic: 'halal', year, factor: 'human_resources', element: 'protecting', status: 'open' });
    const batch = await post('petugas', `/programmes/${res.json().id}/batches`, {
      name: 'Angkatan Besok', venue: 'Balai Desa', capacity: 5, startsOn: tomorrow, endsOn: tomorrow, sessions: sessionsOn(tomorrow).slice(0, 1),
    });
    const batchId = batch.json().batches[0].id;
    const n = (await nominate(batchId, await business('Ranginang Ceu Popon', '0111'))).json();
    await decide(n.id, n.version, 'accept');
    const first = await t.services.attendance.queueReminders();
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await t.services.attendance.queueReminders()).toBe(0);
  });
});
