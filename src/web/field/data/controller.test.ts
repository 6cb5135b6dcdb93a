import { describe, expect, it } from 'vitest';
import { ApiError, type RequestOptions } from '../../api/client';
import type { CheckinPayload, FieldPack, Me } from '../lib/types';
import { createMemoryStore, type ServerAnswer } from '../sync-queue';
import { createFieldController, type FieldDeps, FieldError } from './controller';
import { memoryKeyValue } from './idb';

const uuid = (n: number) => `0190a3c4-0000-7000-8000-${String(n).padStart(12, '0')}`;
const me = (userId = uuid(1), role: Me['memberships'][number]['role'] = 'assistant'): Me => ({
  user: { id: userId, username: 'pendamping', displayName: 'Pendamping Demo', locale: 'id', isSuperadmin: false },
  memberships: [{ kodeWilayah: '32.04', tenantName: 'Kab. Bandung', isDemo: true, role, kecamatanCodes: ['32.04.01'] }],
});
const pack = (version = 1): FieldPack => ({
  kodeWilayah: '32.04', tenantName: 'Kab. Bandung', generatedAt: '2026-06-01T01:00:00.000Z', today: '2026-06-01',
  kecamatan: [{ code: '32.04.01', name: 'Cileunyi' }], tasks: [],
  businesses: [{ id: uuid(100), version, name: 'Keripik', ownerName: 'Sri', kecamatanCode: '32.04.01', desaName: 'Cibiru', address: null, sector: 'kuliner', status: 'active', scale: 'micro', startYear: null, monthlySales: 1_000_000, workersMale: 1, workersFemale: 1, salesChannels: ['offline'], licences: [], lastVisitOn: null }],
});
const payload = (n: number): CheckinPayload => ({ businessId: uuid(100), taskId: uuid(200 + n), baseVersion: 1, visitedOn: '2026-06-01', status: 'active', monthlySales: 1_200_000 });

type Handler = (path: string, options: RequestOptions) => unknown;
/** A fake API: routes by "METHOD path", records every call; a handler may throw an ApiError. */
function fakeApi(routes: Record<string, Handler>) {
  const calls: { key: string; options: RequestOptions }[] = [];
  const http = async <T,>(path: string, options: RequestOptions = {}): Promise<T> => {
    const key = `${options.method ?? 'GET'} ${path}`;
    calls.push({ key, options });
    const handler = routes[key];
    if (!handler) throw new ApiError(404, null);
    return handler(path, options) as T;
  };
  return { http, calls };
}

function setup(routes: Record<string, Handler>, opts: { online?: boolean; me?: Me | null } = {}) {
  const api = fakeApi(routes);
  const kv = memoryKeyValue();
  const store = createMemoryStore<CheckinPayload>();
  let n = 0;
  let online = opts.online ?? true;
  const deps: FieldDeps = { store, kv, http: api.http, newId: () => uuid(900 + ++n), now: () => `2026-06-01T08:00:0${n}.000Z`, online: () => online };
  const field = createFieldController(deps);
  const goOnline = () => {
    online = true;
    field.setOnline(true);
  };
  return { field, api, kv, store, goOnline };
}

const stored = (_: string, o: RequestOptions): { answers: ServerAnswer[] } => ({
  answers: (o.body as { checkins: { id: string }[] }).checkins.map((c) => ({ id: c.id, result: 'stored' as const })),
});

describe('field controller', () => {
  it('says offline when the server cannot be reached although the browser sees a network, and back online once a probe gets an answer', async () => {
    let reachable = false;
    const { field, kv } = setup({
      'GET /auth/me': () => {
        if (!reachable) throw new ApiError(0, null);
        return me();
      },
      'POST /tenants/32.04/followup/sync': stored,
      'GET /tenants/32.04/followup/field-pack': () => pack(),
    });
    await kv.set('me', me());
    await field.start();
    expect(field.getState().online).toBe(false);
    await field.probe();
    expect(field.getState().online).toBe(false);
    reachable = true;
    await field.probe();
    expect(field.getState().online).toBe(true);
  });

  it('opens offline straight to the stored session and pack, without calling the network', async () => {
    const { field, api, kv } = setup({}, { online: false });
    await kv.set('me', me());
    await kv.set('pack', pack());
    await field.start();
    expect(field.getState()).toMatchObject({ ready: true, me: { user: { username: 'pendamping' } }, pack: { tenantName: 'Kab. Bandung' } });
    expect(api.calls).toEqual([]);
  });

  it('logs in, downloads the pack of the membership, and refuses accounts that cannot record visits', async () => {
    const { field, api } = setup({ 'POST /auth/login': () => me(), 'GET /tenants/32.04/followup/field-pack': () => pack() });
    await field.login('pendamping', 'rahasia');
    expect(field.getState().pack?.businesses).toHaveLength(1);
    expect(api.calls.map((c) => c.key)).toEqual(['POST /auth/login', 'GET /tenants/32.04/followup/field-pack']);

    const owner = setup({ 'POST /auth/login': () => me(uuid(2), 'owner'), 'POST /auth/logout': () => undefined });
    await expect(owner.field.login('pemilik', 'x')).rejects.toThrow(FieldError);
    expect(owner.field.getState().me).toBeNull();
  });

  it("makes an officer pick a kecamatan before downloading (the regency's pack would be megabytes)", async () => {
    const { field, api } = setup({
      'POST /auth/login': () => me(uuid(4), 'officer'),
      'GET /tenants/32.04/regions': () => ({ regency: { code: '32.04', name: 'Kab. Bandung' }, kecamatan: [{ code: '32.04.01', name: 'Ciwidey', desa: [] }, { code: '32.04.05', name: 'Cileunyi', desa: [] }] }),
      'GET /tenants/32.04/followup/field-pack': () => pack(),
    });
    await field.login('petugas', 'rahasia');
    // Limited to the membership's kecamatan when it names some (this officer's names 32.04.01).
    expect(field.getState()).toMatchObject({ pack: null, areas: [{ code: '32.04.01', name: 'Ciwidey' }] });
    expect(api.calls.some((c) => c.key.endsWith('/field-pack'))).toBe(false);
    await field.chooseKecamatan('32.04.01');
    expect(api.calls.at(-1)).toMatchObject({ key: 'GET /tenants/32.04/followup/field-pack', options: { query: { kecamatan: '32.04.01' } } });
    expect(field.getState().pack).not.toBeNull();
  });

  it('saves offline into the queue, then sends on reconnect with the item id as the check-in id and refreshes the pack', async () => {
    const { field, api, kv, goOnline } = setup({ 'POST /tenants/32.04/followup/sync': stored, 'GET /tenants/32.04/followup/field-pack': () => pack(2) }, { online: false });
    await kv.set('me', me());
    await field.start();
    await field.save(payload(1));
    await field.save(payload(2));
    expect(field.getState().items.map((i) => i.state)).toEqual(['queued', 'queued']);
    expect(field.getState().flash?.key).toBe('saved.queued');
    expect(api.calls).toEqual([]);

    goOnline(); // the 'online' event starts a sync; asking again joins that run
    await field.sync();
    const sync = api.calls.find((c) => c.key === 'POST /tenants/32.04/followup/sync')!;
    const sent = (sync.options.body as { checkins: { id: string; taskId: string }[] }).checkins;
    expect(sent.map((c) => c.id)).toEqual([uuid(901), uuid(902)]);
    expect(sent[0]!.taskId).toBe(uuid(201));
    expect(field.getState()).toMatchObject({ items: [], lastSync: { stored: 2, remaining: 0 }, pack: { businesses: [{ version: 2 }] } });
  });

  it('keeps the queue when the session ended, and sends it after logging in again', async () => {
    let expired = true;
    const { field, api, kv } = setup({
      'GET /auth/me': () => { throw new ApiError(401, null); },
      'POST /tenants/32.04/followup/sync': (p, o) => { if (expired) throw new ApiError(401, null); return stored(p, o); },
      'POST /auth/login': () => { expired = false; return me(); },
      'GET /tenants/32.04/followup/field-pack': () => pack(),
    }, { online: false });
    await kv.set('me', me());
    await field.start();
    await field.save(payload(1));
    field.setOnline(true);
    await field.sync();
    expect(field.getState().authLost).toBe(true);
    expect(field.getState().items).toHaveLength(1);
    expect(field.getState().items[0]!.state).toBe('queued');

    await field.login('pendamping', 'rahasia');
    expect(field.getState()).toMatchObject({ authLost: false, items: [] });
    expect(api.calls.filter((c) => c.key.includes('/sync')).length).toBeGreaterThanOrEqual(2);
  });

  it('refuses another account while check-ins of the first wait on the phone', async () => {
    const { field, kv } = setup({ 'POST /auth/login': () => me(uuid(3)), 'POST /auth/logout': () => undefined }, { online: false });
    await kv.set('me', me());
    await field.start();
    await field.save(payload(1));
    await expect(field.login('lain', 'x')).rejects.toMatchObject({ key: 'login.otherUser' });
    await expect(field.logout()).rejects.toMatchObject({ key: 'logout.blocked' });
    expect(field.getState().items).toHaveLength(1);
  });

  it('keeps conflicts and refusals, resolves a conflict on the server and drops it, discards a refusal', async () => {
    const conflictAnswer = (id: string) => ({
      id, result: 'conflict' as const,
      current: { version: 5, values: { status: 'active', monthlySales: 900_000, workersMale: 1, workersFemale: 1, salesChannels: ['offline'] }, checkin: { status: 'active', monthlySales: 1_200_000, workersMale: null, workersFemale: null, salesChannels: null }, fields: ['monthlySales'] },
    });
    const resolved: unknown[] = [];
    const { field, kv } = setup({
      'POST /tenants/32.04/followup/sync': (_, o) => {
        const [a, b] = (o.body as { checkins: { id: string }[] }).checkins;
        return { answers: [conflictAnswer(a!.id), { id: b!.id, result: 'rejected', messageKey: 'errors.validation', fields: [] }] };
      },
      [`POST /tenants/32.04/followup/checkins/${uuid(901)}/resolve`]: (_, o) => { resolved.push(o.body); return { businessVersion: 6 }; },
      'GET /tenants/32.04/followup/field-pack': () => pack(6),
    }, { online: false });
    await kv.set('me', me());
    await field.start();
    await field.save(payload(1));
    await field.save(payload(2));
    field.setOnline(true);
    await field.sync();
    expect(field.getState().items.map((i) => i.state)).toEqual(['conflict', 'rejected']);

    const body = { businessVersion: 5, take: { status: 'checkin', monthlySales: 'registry', workersMale: 'checkin', workersFemale: 'checkin', salesChannels: 'checkin' } } as const;
    expect(await field.resolve(uuid(901), body)).toBe('resolved');
    expect(resolved).toEqual([body]);
    expect(field.getState().items.map((i) => i.id)).toEqual([uuid(902)]);

    await field.discard(uuid(902));
    expect(field.getState().items).toEqual([]);
  });

  it('a batch the server refuses for good (422) is resent one by one: the bad check-in is set aside with the reason; a 503 or 403 is retried', async () => {
    let unavailable = true;
    let forbidden = false;
    const { field, kv } = setup({
      'POST /tenants/32.04/followup/sync': (_, o) => {
        const checkins = (o.body as { checkins: { id: string; problems?: string }[] }).checkins;
        if (unavailable) throw new ApiError(503, { error: { code: 'timeout', messageKey: 'errors.queryTimeout', params: {}, fields: [] } });
        if (forbidden) throw new ApiError(403, { error: { code: 'forbidden', messageKey: 'errors.business.outOfScope', params: {}, fields: [] } });
        if (checkins.some((c) => c.problems?.includes('\u0000'))) {
          throw new ApiError(422, { error: { code: 'validation', messageKey: 'errors.nulByte', params: {}, fields: [{ field: 'problems', messageKey: 'errors.nulByte' }] } });
        }
        return stored(_, o);
      },
      'GET /tenants/32.04/followup/field-pack': () => pack(),
    }, { online: false });
    await kv.set('me', me());
    await field.start();
    await field.save(payload(1));
    await field.save({ ...payload(2), problems: 'Listrik\u0000mati' });
    await field.save(payload(3));
    field.setOnline(true);
    await field.sync();
    expect(field.getState().items.map((i) => i.state)).toEqual(['queued', 'queued', 'queued']); // may cure itself: kept
    unavailable = false;
    forbidden = true;
    await field.sync();
    expect(field.getState().items.map((i) => i.state)).toEqual(['queued', 'queued', 'queued']); // an assignment may be fixed: kept
    forbidden = false;
    await field.sync();
    expect(field.getState().items.map((i) => [i.id, i.state])).toEqual([[uuid(902), 'rejected']]);
    expect(field.getState().items[0]!.serverAnswer).toEqual({ id: uuid(902), result: 'rejected', messageKey: 'errors.nulByte' });
  });

  it('replaces a refused check-in by a corrected one with a new id', async () => {
    const { field, kv } = setup({ 'POST /tenants/32.04/followup/sync': (_, o) => ({ answers: (o.body as { checkins: { id: string }[] }).checkins.map((c) => ({ id: c.id, result: 'rejected', messageKey: 'errors.followup.needsConfirmation' })) }) }, { online: false });
    await kv.set('me', me());
    await field.start();
    await field.save(payload(1));
    field.setOnline(true);
    await field.sync();
    field.setOnline(false);
    await field.save({ ...payload(1), confirmed: true }, uuid(901));
    expect(field.getState().items.map((i) => [i.id, i.state, i.payload.confirmed])).toEqual([[uuid(902), 'queued', true]]);
  });
});
