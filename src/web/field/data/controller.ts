/**
 * The field app's state and actions, over injected storage and network (IndexedDB and fetch in the
 * app, memory and fakes in tests). Everything the assistant records goes to the sync queue first
 * (`sync-queue.ts`: its guarantees are not repeated here); the network is only ever used to send it,
 * to log in and to download the worklist. A 401 anywhere marks the session lost and keeps every queued
 * check-in: the assistant logs in again and the sync carries on.
 */
import { isApiError } from '../../api/client';
import { refreshConflict } from '../lib/conflict';
import { fieldMembership, picksKecamatan } from '../lib/session';
import type { CheckinPayload, ConflictAnswer, FieldPack, Me, QueuedItem, ResolveInput } from '../lib/types';
import { createSyncQueue, type ServerAnswer, type SyncResult } from '../sync-queue';
import { type FieldDeps, FieldError, type FieldState, type Flash, KEYS } from './field-state';

export { FieldError, type FieldDeps, type FieldState, type KeyValue } from './field-state';

/** Builds the controller. Call `start()` once. */
export function createFieldController(deps: FieldDeps) {
  const { store, kv, http, now } = deps;
  let state: FieldState = { ready: false, me: null, authLost: false, pack: null, kecamatan: null, areas: null, items: [], online: deps.online(), syncing: false, downloading: false, lastSync: null, flash: null };
  const listeners = new Set<() => void>();
  let seq = 0;
  const set = (patch: Partial<FieldState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  const flash = (key: string, tone: Flash['tone'], params?: Flash['params']) => set({ flash: { key, tone, params, seq: ++seq } });
  const kw = () => fieldMembership(state.me)?.kodeWilayah ?? null;
  const reload = async () => set({ items: await queue.pending() });
  const sessionLost = (e: unknown) => {
    if (!isApiError(e, 401)) return false;
    set({ authLost: true });
    return true;
  };

  const queue = createSyncQueue<CheckinPayload>({
    store,
    newId: deps.newId,
    now,
    transport: {
      async send(batch): Promise<ServerAnswer[]> {
        const code = kw();
        if (!code) throw new Error('no field membership');
        const checkins = batch.map((item) => ({ ...item.payload, id: item.id }));
        try {
          const reply = await http<{ answers: ServerAnswer[] }>(`/tenants/${code}/followup/sync`, { method: 'POST', body: { checkins }, allow401: true });
          return reply.answers;
        } catch (e) {
          sessionLost(e);
          throw e;
        }
      },
      // Refusals of the data itself (malformed, too large, invalid) are the server's last word on it. Not
      // 401/403/404 (a lost session, a changed assignment, a proxy mid-deploy): the check-ins wait for those.
      finalRefusal: (e) => (isApiError(e, 400, 413, 415, 422) ? e.messageKey : null),
    },
  });

  /** The kecamatan an officer may pick (their membership's, or the whole regency's). */
  async function loadAreas(): Promise<void> {
    const membership = fieldMembership(state.me);
    if (!membership) return;
    try {
      const regions = await http<{ kecamatan: { code: string; name: string }[] }>(`/tenants/${membership.kodeWilayah}/regions`, { allow401: true });
      const limit = membership.kecamatanCodes;
      const areas = regions.kecamatan.filter((k) => limit.length === 0 || limit.includes(k.code)).map(({ code, name }) => ({ code, name }));
      await kv.set(KEYS.areas, areas);
      set({ areas });
    } catch (e) {
      sessionLost(e);
    }
  }

  async function download(options: { quiet?: boolean } = {}): Promise<boolean> {
    const code = kw();
    if (!code || state.downloading) return false;
    const officer = picksKecamatan(fieldMembership(state.me));
    // An officer covers the whole regency: a pack of every business would be megabytes, so they pick a kecamatan first.
    if (officer && !state.kecamatan) {
      if (!state.areas) await loadAreas();
      return false;
    }
    set({ downloading: true });
    try {
      const kecamatan = officer ? state.kecamatan : null;
      const pack = await http<FieldPack>(`/tenants/${code}/followup/field-pack`, { query: { kecamatan }, allow401: true });
      await kv.set(KEYS.pack, pack);
      set({ pack });
      if (!options.quiet) flash('pack.downloaded', 'ok', { count: pack.tasks.length });
      return true;
    } catch (e) {
      if (!sessionLost(e) && !options.quiet) flash(isApiError(e, 0) ? 'pack.offline' : 'pack.failed', 'bad');
      return false;
    } finally {
      set({ downloading: false });
    }
  }

  const waitingCount = () => state.items.filter((i) => i.state === 'queued' || i.state === 'sending').length;

  async function syncOnce(): Promise<SyncResult> {
    const result = await queue.sync();
    await reload();
    if (result.failed) {
      if (!state.authLost) flash('sync.failed', 'bad');
      return result;
    }
    set({ lastSync: { ...result, at: now() } });
    const received = result.stored + result.duplicates + result.conflicts;
    // "Saved on the phone, waiting to send" is no longer true once the server has answered.
    if (received + result.rejected > 0 && state.flash?.key === 'saved.queued') set({ flash: null });
    // The server now holds the truth about the tasks just closed (a conflict closes its task too), and a
    // refusal usually means the registry moved on: take its worklist and figures before anything is redone.
    if (received + result.rejected > 0) await download({ quiet: true });
    return result;
  }

  let running: Promise<SyncResult | null> | null = null;
  let again = false;
  /**
   * Sends what waits, when online with a session. A call during a run returns that run, which goes
   * round once more for what was queued meanwhile (so a save during a sync is never left behind).
   */
  function sync(): Promise<SyncResult | null> {
    if (!state.online || state.authLost || !kw()) return Promise.resolve(null);
    if (running) {
      again = true;
      return running;
    }
    if (waitingCount() === 0) return Promise.resolve(null);
    running = (async () => {
      set({ syncing: true });
      let result: SyncResult;
      try {
        do {
          again = false;
          result = await syncOnce();
        } while (again && !result.failed && waitingCount() > 0);
        return result;
      } finally {
        running = null;
        set({ syncing: false });
      }
    })();
    return running;
  }

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    /** Reads what the phone keeps, then (online) checks the session, sends the queue and refreshes the pack. */
    async start(): Promise<void> {
      const [me, pack, kecamatan, areas] = await Promise.all([kv.get<Me>(KEYS.me), kv.get<FieldPack>(KEYS.pack), kv.get<string>(KEYS.kecamatan), kv.get<FieldState['areas']>(KEYS.areas)]);
      set({ me: me ?? null, pack: pack ?? null, kecamatan: kecamatan ?? null, areas: areas ?? null, items: await queue.pending(), ready: true });
      if (!state.online) return;
      try {
        const fresh = await http<Me>('/auth/me', { allow401: true });
        await kv.set(KEYS.me, fresh);
        set({ me: fresh });
      } catch (e) {
        // Nobody stored: the login screen shows. Someone stored: ask them to log in again, keep the queue.
        // Network trouble: carry on with what is stored, and say "Offline": the browser's own flag says
        // only that a network is there, not that the server is reachable (a signal bar without data).
        if (isApiError(e, 401) && state.me) set({ authLost: true });
        if (isApiError(e, 0)) set({ online: false });
        return;
      }
      const result = await sync();
      if (!result || result.failed || result.stored + result.duplicates + result.conflicts === 0) await download({ quiet: state.pack !== null });
    },

    /** Logs in. Another account than the one whose check-ins wait on this phone is refused. */
    async login(username: string, password: string): Promise<void> {
      const me = await http<Me>('/auth/login', { method: 'POST', body: { username, password }, allow401: true });
      if (!fieldMembership(me)) {
        await http('/auth/logout', { method: 'POST', allow401: true }).catch(() => undefined);
        throw new FieldError('login.notFieldStaff');
      }
      if (state.me && state.me.user.id !== me.user.id) {
        if (state.items.length > 0) {
          await http('/auth/logout', { method: 'POST', allow401: true }).catch(() => undefined);
          throw new FieldError('login.otherUser', { name: state.me.user.displayName });
        }
        await Promise.all([kv.del(KEYS.pack), kv.del(KEYS.kecamatan), kv.del(KEYS.areas)]);
        set({ pack: null, kecamatan: null, areas: null });
      }
      await kv.set(KEYS.me, me);
      set({ me, authLost: false });
      const result = await sync();
      if (!result || result.failed || result.stored + result.duplicates + result.conflicts === 0) await download({ quiet: state.pack !== null });
    },

    /** Logs out, unless check-ins still wait on this phone (they would be stranded). */
    async logout(): Promise<void> {
      if (state.items.length > 0) throw new FieldError('logout.blocked', { count: state.items.length });
      await http('/auth/logout', { method: 'POST', allow401: true }).catch(() => undefined);
      await Promise.all([kv.del(KEYS.me), kv.del(KEYS.pack), kv.del(KEYS.kecamatan), kv.del(KEYS.areas)]);
      set({ me: null, pack: null, kecamatan: null, areas: null, authLost: false, lastSync: null, flash: null });
    },

    download: () => download(),

    /** An officer's choice of kecamatan; downloads its pack. */
    async chooseKecamatan(code: string): Promise<void> {
      await kv.set(KEYS.kecamatan, code);
      set({ kecamatan: code });
      await download();
    },

    /** Queues a check-in (no network needed), replacing a refused one when `replaces` is given, then tries to send. */
    async save(payload: CheckinPayload, replaces?: string): Promise<QueuedItem> {
      const item = await queue.enqueue(payload.businessId, payload);
      if (replaces) await queue.discard(replaces);
      await reload();
      flash('saved.queued', 'ok');
      void sync();
      return item;
    },

    sync,

    /** Sends the assistant's choice for a conflict; on success the item leaves the phone. */
    async resolve(id: string, body: ResolveInput): Promise<'resolved' | 'changed' | 'failed'> {
      const code = kw();
      const item = state.items.find((i) => i.id === id && i.state === 'conflict');
      if (!code || !item) return 'failed';
      try {
        await http(`/tenants/${code}/followup/checkins/${id}/resolve`, { method: 'POST', body, allow401: true });
      } catch (e) {
        if (sessionLost(e)) return 'failed';
        // Decided already (another device, the office): nothing is left to decide here.
        const settled = isApiError(e, 404, 409) && ['errors.followup.alreadyResolved', 'errors.followup.noConflict'].includes(e.messageKey);
        if (!settled && isApiError(e, 409) && (await download({ quiet: true }))) {
          // The office changed the business again: show the choice against its values of now.
          const business = state.pack?.businesses.find((b) => b.id === item.businessId);
          if (business) await store.put({ ...item, serverAnswer: refreshConflict(item.serverAnswer as ConflictAnswer, business) });
          await reload();
          flash('conflict.changedAgain', 'wait');
          return 'changed';
        }
        if (!settled) {
          flash(isApiError(e, 0) ? 'conflict.offline' : 'conflict.failed', 'bad');
          return 'failed';
        }
      }
      // The server holds the decision now; the sync queue has no verb for "decided elsewhere".
      await store.remove(id);
      await reload();
      flash('conflict.resolved', 'ok');
      await download({ quiet: true });
      return 'resolved';
    },

    /** Drops a refused check-in for good. */
    async discard(id: string): Promise<void> {
      await queue.discard(id);
      await reload();
      flash('rejected.discarded', 'info');
    },

    setOnline(online: boolean): void {
      set({ online });
      if (online) void sync();
    },

    /**
     * While the app says "Offline" although the browser sees a network, asks the server whether it is
     * reachable again (any answer counts, a 401 too) and then sends what waits. Called on a timer.
     */
    async probe(): Promise<void> {
      if (state.online || !deps.online()) return;
      try {
        await http<Me>('/auth/me', { allow401: true });
      } catch (e) {
        if (isApiError(e, 0)) return;
      }
      set({ online: true });
      await sync();
    },

    clearFlash: () => set({ flash: null }),
  };
}

/** The controller's type, for components. */
export type FieldController = ReturnType<typeof createFieldController>;
