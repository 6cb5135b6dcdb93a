import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { completedCohort, type Cohort } from '../../../../tests/support/followup-fixture';
import { businessPayload, KW, makeNik, startTestApp, type TestApp } from '../../../../tests/support/test-app';
import { queryRows } from '../../db/query';
import { regencyDate } from '../../kernel/time-zone';
import { loadOrCreateSecret } from '../../lib/secret';
import { signSelfReportToken } from './self-report-token';

let t: TestApp;
let cohort: Cohort;
const cookies: Record<string, string> = {};
const api = `/api/tenants/${KW}/followup`;
const today = () => regencyDate(KW, new Date());

const post = (user: string | null, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url: url.startsWith('/api/') ? url : `${api}${url}`, headers: user ? { cookie: cookies[user]! } : {}, payload });
const get = (user: string | null, url: string) =>
  t.app.inject({ method: 'GET', url: url.startsWith('/api/') ? url : `${api}${url}`, headers: user ? { cookie: cookies[user]! } : {} });
const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);

/** A check-in payload with a fresh id; the fixture's businesses sell Rp 8 jt a month with 1 + 2 workers. */
const checkin = (businessId: string, extra: Record<string, unknown> = {}) => ({
  id: randomUUID(), businessId, visitedOn: today(), status: 'active', monthlySales: 9_000_000, workersMale: 1, workersFemale: 3,
  salesChannels: ['offline', 'whatsapp', 'marketplace'], licencesObtained: ['PIRT'], needs: ['digital_marketing'], problems: 'Bahan baku naik', ...extra,
});
const taskOf = async (businessId: string, offset = 1) =>
  (await get('petugas', '/worklist?state=all')).json().items.find((x: { businessId: string; offsetMonths: number }) => x.businessId === businessId && x.offsetMonths === offset);

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['admin', 'kadis', 'petugas', 'pendamping', 'pemilik', 'mitra']) cookies[u] = await t.login(u);
  cohort = await completedCohort(t, cookies.petugas!, { size: 4, completedDaysAgo: 40 });
}, 60_000);
afterAll(() => t?.close());

describe('follow-up plans and worklists', () => {
  it('completion creates one task per participant and offset; seating took a baseline', async () => {
    const tasks = await rows<{ n: string }>(sql`select count(*) as n from followup_tasks where kode_wilayah = ${KW} and programme_id = ${cohort.programmeId}`);
    expect(Number(tasks[0]!.n)).toBe(16);
    const baselines = await rows<{ n: string }>(sql`select count(*) as n from business_metrics where kode_wilayah = ${KW} and source = 'baseline'
      and business_id in (select business_id from participants where programme_id = ${cohort.programmeId})`);
    expect(Number(baselines[0]!.n)).toBe(4);
    const list = (await get('pendamping', '/worklist')).json();
    // Completed 40 days ago: the +1 month task is overdue, the others upcoming.
    expect(list.counts).toMatchObject({ overdue: 4, upcoming: 12, done: 0 });
    expect(list.items[0]).toMatchObject({ state: 'overdue', offsetMonths: 1, programmeTitle: 'Pelatihan Pembukuan Sederhana' });
  });

  it('the backfill migration (0008) plans the same tasks for batches completed before follow-up existed', async () => {
    const fresh = await completedCohort(t, cookies.petugas!, { size: 2, serialBase: 3900, title: 'Pelatihan Foto Produk' });
    const plan = () => rows<{ participant_id: string; offset_months: number; due_on: string }>(sql`select participant_id, offset_months, due_on::text as due_on
      from followup_tasks where kode_wilayah = ${KW} and programme_id = ${fresh.programmeId} order by participant_id, offset_months`);
    const byHook = await plan();
    expect(byHook).toHaveLength(8);
    await t.database.db.execute(sql`delete from followup_tasks where programme_id = ${fresh.programmeId}`);
    const migration = readFileSync(resolve(import.meta.dirname, '../../../../drizzle/0008_backfill_followup_tasks.sql'), 'utf8');
    await t.database.db.execute(sql.raw(migration));
    await t.database.db.execute(sql.raw(migration)); // idempotent
    expect(await plan()).toEqual(byHook);
  });

  it('keeps each role to its own: assistants their kecamatan, the head reads, owners and partners nothing', async () => {
    expect((await get('pendamping', `/worklist?kecamatan=${t.kecamatan[1]!.code}`)).statusCode).toBe(403);
    expect((await get('kadis', '/worklist')).statusCode).toBe(200);
    expect((await post('kadis', '/checkins', checkin(cohort.members[0]!.businessId))).statusCode).toBe(403);
    expect((await get('pemilik', '/worklist')).statusCode).toBe(403);
    expect((await get('mitra', '/outcomes')).statusCode).toBe(403);
    const pack = (await get('pendamping', '/field-pack')).json();
    expect(pack.kecamatan).toEqual([{ code: t.kecamatan[0]!.code, name: expect.any(String) }]);
    expect(pack.businesses.every((b: { kecamatanCode: string }) => b.kecamatanCode === t.kecamatan[0]!.code)).toBe(true);
    expect(pack.businesses.find((b: { id: string }) => b.id === cohort.members[0]!.businessId)).toMatchObject({ monthlySales: 8_000_000, workersMale: 1, workersFemale: 2 });
  });
});

describe('check-ins', () => {
  it('stores once, updates the registry, appends history, closes the task and audits', async () => {
    const m = cohort.members[0]!;
    const task = await taskOf(m.businessId);
    const body = checkin(m.businessId, { taskId: task.id });
    const first = await post('pendamping', '/checkins', body);
    expect(first.json(), first.body).toEqual({ id: body.id, result: 'stored' });
    expect((await post('pendamping', '/checkins', body)).json()).toEqual({ id: body.id, result: 'duplicate' });
    const detail = (await get('petugas', `/api/tenants/${KW}/businesses/${m.businessId}`)).json();
    expect(detail).toMatchObject({ annualSales: 108_000_000, workersFemale: 3, salesChannels: ['offline', 'whatsapp', 'marketplace'] });
    expect(detail.licences.map((l: { kind: string }) => l.kind)).toContain('PIRT');
    const history = await rows<{ source: string; status: string; licences: string[] }>(sql`select source, status, licences from business_metrics
      where kode_wilayah = ${KW} and business_id = ${m.businessId} and source = 'followup'`);
    expect(history).toEqual([{ source: 'followup', status: 'active', licences: ['PIRT'] }]);
    expect((await taskOf(m.businessId)).state).toBe('done');
    // The head reads visits without where they happened.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const withPhoto = checkin(m.businessId, { latitude: -7.0249, longitude: 107.5265, licencesObtained: [], photo: `data:image/png;base64,${png}` });
    expect((await post('petugas', '/checkins', withPhoto)).json().result).toBe('stored');
    const photo = await get('pendamping', `/checkins/${withPhoto.id}/photo`);
    expect([photo.statusCode, photo.headers['content-type']]).toEqual([200, 'image/png']);
    expect(photo.rawPayload.equals(Buffer.from(png, 'base64'))).toBe(true);
    expect((await get('kadis', `/checkins/${withPhoto.id}/photo`)).statusCode).toBe(403);
    const notImage = await post('petugas', '/checkins', checkin(m.businessId, { photo: 'data:text/html;base64,PHA+', licencesObtained: [] }));
    expect(notImage.json().error.messageKey).toBe('errors.followup.photoInvalid');
    const seenBy = async (user: string) => (await get(user, `/checkins?businessId=${m.businessId}&conflicts=false`)).json().items.map((c: { latitude: number | null }) => c.latitude);
    expect(await seenBy('petugas')).toContain(-7.0249);
    expect((await seenBy('kadis')).every((v: number | null) => v === null)).toBe(true);
    const audit = await rows<{ n: string }>(sql`select count(*) as n from audit_log where entity = 'checkin' and entity_id = ${body.id}`);
    expect(Number(audit[0]!.n)).toBe(1);
  });

  it('questions unlikely figures until confirmed and refuses impossible ones', async () => {
    const m = cohort.members[1]!;
    const jump = checkin(m.businessId, { monthlySales: 150_000_000 });
    const asked = await post('petugas', '/checkins', jump);
    expect(asked.statusCode).toBe(422);
    expect(asked.json().error).toMatchObject({ messageKey: 'errors.followup.needsConfirmation' });
    expect(asked.json().error.fields.map((f: { messageKey: string }) => f.messageKey)).toContain('followup.check.sales_jump');
    const crowd = await post('petugas', '/checkins', checkin(m.businessId, { workersMale: 2500 }));
    expect(crowd.json().error.fields.map((f: { messageKey: string }) => f.messageKey)).toContain('followup.check.workers_above_scale');
    const future = await post('petugas', '/checkins', checkin(m.businessId, { visitedOn: '2099-01-01' }));
    expect(future.json().error).toMatchObject({ messageKey: 'errors.validation' });
    expect((await post('petugas', '/checkins', checkin(m.businessId, { monthlySales: -5 }))).statusCode).toBe(422);
    expect((await post('petugas', '/checkins', { ...jump, confirmed: true })).json().result).toBe('stored');
  });

  it('syncs a batch item by item; a resend after a cut stores nothing twice', async () => {
    const m = cohort.members[2]!;
    const a = checkin(m.businessId, { licencesObtained: [] });
    const b = checkin(m.businessId, { visitedOn: today(), status: 'dormant', statusReason: 'Pemilik sakit', licencesObtained: [] });
    const bad = { ...checkin(m.businessId), monthlySales: 'banyak' };
    const firstHalf = (await post('pendamping', '/sync', { checkins: [a] })).json();
    expect(firstHalf.answers).toEqual([{ id: a.id, result: 'stored' }]);
    const all = (await post('pendamping', '/sync', { checkins: [a, b, bad] })).json();
    expect(all.answers.map((x: { result: string }) => x.result)).toEqual(['duplicate', 'stored', 'rejected']);
    const count = await rows<{ n: string }>(sql`select count(*) as n from followup_checkins where business_id = ${m.businessId}`);
    expect(Number(count[0]!.n)).toBe(2);
    const outside = await post('pendamping', '/sync', { checkins: [checkin(await otherKecamatanBusiness())] });
    expect(outside.json().answers[0]).toMatchObject({ result: 'rejected', messageKey: 'errors.business.outOfScope' });
  });

  it('keeps a conflicting check-in apart until someone chooses, then applies the choice', async () => {
    const m = cohort.members[3]!;
    const seen = (await get('pendamping', '/field-pack')).json().businesses.find((b: { id: string }) => b.id === m.businessId);
    const detail = (await get('petugas', `/api/tenants/${KW}/businesses/${m.businessId}`)).json();
    const { id: _id, kecamatanName: _k, desaName: _d, createdAt: _c, updatedAt: _u, canEdit: _e, metrics: _m, scale: _s, scaleRuleId: _r, hasNib: _h, owner, ...fields } = detail;
    const edited = await t.app.inject({
      method: 'PUT', url: `/api/tenants/${KW}/businesses/${m.businessId}`, headers: { cookie: cookies.petugas! },
      payload: { ...fields, annualSales: 120_000_000, licences: [] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    // The device saw Rp 8 jt and 1 + 2 workers; meanwhile the office set sales to Rp 10 jt a month. The visit
    // says 7 jt and 3 men: sales conflict (changed on both sides), the workers are simply the visit's news.
    const body = checkin(m.businessId, {
      baseVersion: seen.version, seen: { status: 'active', monthlySales: seen.monthlySales, workersMale: 1, workersFemale: 2, salesChannels: seen.salesChannels },
      monthlySales: 7_000_000, workersMale: 3, workersFemale: 2, salesChannels: ['offline', 'whatsapp'], licencesObtained: [],
    });
    const answer = (await post('pendamping', '/sync', { checkins: [body] })).json().answers[0];
    expect(answer).toMatchObject({ result: 'conflict', current: { fields: ['monthlySales'], values: { monthlySales: 10_000_000 }, checkin: { monthlySales: 7_000_000 } } });
    expect((await get('petugas', `/api/tenants/${KW}/businesses/${m.businessId}`)).json()).toMatchObject({ annualSales: 120_000_000, workersMale: 3 });
    const open = (await get('pendamping', '/checkins?conflicts=true')).json().items;
    expect(open.map((c: { id: string }) => c.id)).toEqual([body.id]);
    const take = { status: 'checkin', monthlySales: 'checkin', workersMale: 'checkin', workersFemale: 'checkin', salesChannels: 'checkin' };
    expect((await post('pendamping', `/checkins/${body.id}/resolve`, { businessVersion: answer.current.version - 1, take })).statusCode).toBe(409);
    const resolved = await post('pendamping', `/checkins/${body.id}/resolve`, { businessVersion: answer.current.version, take });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect((await get('petugas', `/api/tenants/${KW}/businesses/${m.businessId}`)).json().annualSales).toBe(84_000_000);
    expect((await get('pendamping', '/checkins?conflicts=true')).json().items).toEqual([]);
  });
});

describe('self-report links', () => {
  it('sends a personal link, accepts the owner report once, refuses forged and expired links', async () => {
    const m = cohort.members[1]!;
    const task = await taskOf(m.businessId, 3);
    const link = (await post('petugas', `/tasks/${task.id}/self-report-link`, {})).json();
    expect(link.sentTo).toMatch(/•/);
    const token = link.url.split('/portal/lapor/')[1];
    // The background dispatcher may be sending it right now: wait for the log channel rather than racing it.
    await vi.waitFor(() => expect(t.notifications.sent.some((s) => s.template === 'self_report_link' && s.text.includes(token))).toBe(true), { timeout: 5000 });
    const view = (await get(null, `/api/self-report/${token}`)).json();
    expect(view).toMatchObject({ businessName: m.name, done: false, previous: { status: 'active' } });
    const report = { id: randomUUID(), visitedOn: today(), status: 'active', monthlySales: 150_000_000, workersMale: 1, workersFemale: 2, licencesObtained: [], needs: [], confirmed: true };
    expect((await post(null, `/api/self-report/${token}`, report)).json()).toEqual({ id: report.id, result: 'stored' });
    expect((await post(null, `/api/self-report/${token}`, report)).json().result).toBe('duplicate');
    expect((await get(null, `/api/self-report/${token}`)).json().done).toBe(true);
    const again = await post(null, `/api/self-report/${token}`, { ...report, id: randomUUID() });
    expect([again.statusCode, again.json().error.messageKey]).toEqual([409, 'errors.followup.linkUsed']);
    const stored = await rows<{ channel: string; recorded_by_name: string }>(sql`select channel, recorded_by_name from followup_checkins where id = ${report.id}`);
    expect(stored[0]).toMatchObject({ channel: 'self' });
    const forged = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect((await get(null, `/api/self-report/${forged}`)).json().error.messageKey).toBe('errors.followup.linkInvalid');
    const secret = loadOrCreateSecret(t.config.DATA_DIR, t.config.APP_SECRET);
    const expired = signSelfReportToken(secret, { kodeWilayah: KW, taskId: task.id, expiresAt: Math.floor(Date.now() / 1000) - 60 });
    const old = await get(null, `/api/self-report/${expired}`);
    expect([old.statusCode, old.json().error.messageKey]).toEqual([403, 'errors.followup.linkExpired']);
  });
});

describe('outcomes and alerts', () => {
  it('computes the programme dashboard beside a comparison group, and exports it', async () => {
    const k = t.kecamatan[0]!;
    for (const serial of ['5101', '5102']) {
      const res = await post('petugas', `/api/tenants/${KW}/businesses`, businessPayload(k, {
        name: `Warung Pembanding ${serial}`, owner: { fullName: `Pembanding ${serial}`, nik: makeNik(k.code, '1980-02-02', 'L', serial), gender: 'L', phone: `0857-1000-${serial}` },
      }));
      expect(res.statusCode, res.body).toBe(201);
    }
    await t.database.db.execute(sql`update business_metrics set recorded_on = recorded_on - 60 where kode_wilayah = ${KW} and source = 'create'
      and business_id in (select id from businesses where name like 'Warung Pembanding%')`);
    const result = (await get('kadis', `/outcomes?programmeId=${cohort.programmeId}`)).json();
    const c = result.cohorts[0];
    expect(c).toMatchObject({ label: 'Pelatihan Pembukuan Sederhana', participants: 4 });
    // Four checked in after the 1-month point (one dormant, none closed): all surviving at 1 month.
    expect(c.survival[0]).toMatchObject({ months: 1, atRisk: 4, surviving: 4, rate: 1 });
    expect(c.survival[1]).toMatchObject({ months: 3, atRisk: 0, rate: null });
    // Sales vs the Rp 8 jt baseline: +12.5 %, +1775 % (confirmed), 0 % (dormant, no figure: 9 jt → +12.5 %), 7 jt chosen: −12.5 %.
    expect(c.salesSample).toBe(4);
    expect(c.medianSalesChangePercent).toBe(12.5);
    expect(c.legalityGained).toEqual({ PIRT: 2 });
    expect(result.comparison).toMatchObject({ participants: 2 });
    expect(result.followup).toEqual({ due: 5, done: 2, overdue: 3 });
    const xlsx = await get('kadis', `/outcomes.xlsx?programmeId=${cohort.programmeId}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('alerts on overdue follow-ups, closed businesses, falling sales and growing backlogs', async () => {
    const m = cohort.members[0]!;
    await post('petugas', '/checkins', checkin(m.businessId, { status: 'closed', statusReason: 'Pindah ke Bandung', monthlySales: 0, licencesObtained: [], confirmed: true }));
    const alerts = (await get('petugas', '/alerts?dropPercent=10')).json().items;
    const kinds = (kind: string) => alerts.filter((a: { kind: string }) => a.kind === kind);
    expect(kinds('closed').map((a: { businessId: string }) => a.businessId)).toEqual([m.businessId]);
    expect(kinds('overdue').length).toBe(3);
    expect(kinds('sales_drop').map((a: { businessId: string; value: number }) => [a.businessId, a.value])).toEqual([[cohort.members[3]!.businessId, 13]]);
    expect(kinds('backlog')[0]).toMatchObject({ kecamatanCode: t.kecamatan[0]!.code, value: 3, assistants: [expect.any(String)] });
  });
});

async function otherKecamatanBusiness(): Promise<string> {
  const k = t.kecamatan[1]!;
  const res = await post('petugas', `/api/tenants/${KW}/businesses`, businessPayload(k, {
    name: 'Tahu Sumedang Pak Ujang', owner: { fullName: 'Ujang Suryana', nik: makeNik(k.code, '1975-01-09', 'L', '7001'), gender: 'L', phone: '0878-2200-7001' },
  }));
  return res.json().id;
}
