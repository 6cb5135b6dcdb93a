/**
 * Client-side sync queue for the field assistants' offline check-ins (ADR 0008, issue 5).
 *
 * Pure and storage-agnostic: persistence is a {@link QueueStore} (IndexedDB in the app, memory in tests)
 * and the network is a {@link SyncTransport}; ids and clock are injected. Guarantees:
 * - items are sent oldest first (`queuedAt`, then `id`) in batches of `batchSize` (default 50);
 * - an item leaves the store ONLY when the server answered `stored` or `duplicate` for its id, so a sync
 *   cut at any point resumes without loss, and resending the same id makes the server answer `duplicate`
 *   instead of storing twice;
 * - `conflict` and `rejected` answers keep the item (with `serverAnswer`) until the user acts on it;
 *   they are never resent, so an item the server can never store cannot make the phone retry forever.
 */

/** One check-in waiting on the device. `id` is a UUIDv7 made on the device: the idempotency key. */
export interface QueuedCheckin<T = unknown> {
  id: string;
  businessId: string;
  /** ISO timestamp of when it was queued. */
  queuedAt: string;
  /** How many times it was handed to the transport. */
  attempts: number;
  payload: T;
  state: 'queued' | 'sending' | 'conflict' | 'rejected';
  lastError?: string;
  /** The server's answer for `conflict` / `rejected` items. */
  serverAnswer?: unknown;
}

/** Persistence behind the queue (IndexedDB object store in the browser). Items are stored by `id`. */
export interface QueueStore<T> {
  all(): Promise<QueuedCheckin<T>[]>;
  put(item: QueuedCheckin<T>): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The server's verdict on one check-in of a batch. */
export type ServerAnswer =
  | { id: string; result: 'stored' | 'duplicate' }
  | { id: string; result: 'conflict'; current: unknown }
  | { id: string; result: 'rejected'; messageKey: string; fields?: unknown[] };

/** Sends one batch; must throw on network failure or a non-2xx reply. */
export interface SyncTransport<T> {
  send(batch: QueuedCheckin<T>[]): Promise<ServerAnswer[]>;
  /**
   * For an error `send` threw: the reason's i18n key when the server refused the data for good (a
   * resend of the same data can only be refused again, e.g. 400/413/422), or null when a retry may work
   * (offline, 5xx, 401, 403, 404, 408, 429). Without it every failure is retried.
   */
  finalRefusal?(error: unknown): string | null;
}

/** Outcome of one `sync()` run. `remaining` is what `pending()` holds afterwards. */
export interface SyncResult {
  stored: number;
  duplicates: number;
  conflicts: number;
  rejected: number;
  remaining: number;
  /** True when the transport threw: the sync stopped there and the unsent items stay queued. */
  failed: boolean;
}

/** In-memory {@link QueueStore}: for tests and as the reference behaviour (stores copies, like IndexedDB). */
export function createMemoryStore<T>(): QueueStore<T> {
  const items = new Map<string, QueuedCheckin<T>>();
  return {
    all: async () => [...items.values()].map((item) => structuredClone(item)),
    put: async (item) => void items.set(item.id, structuredClone(item)),
    remove: async (id) => void items.delete(id),
  };
}

const oldestFirst = <T>(a: QueuedCheckin<T>, b: QueuedCheckin<T>) =>
  a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Builds the queue.
 * - `enqueue` stores a new item in state `queued` with `id = newId()` and `queuedAt = now()`.
 * - `pending` lists every item still on the device (queued, sending, conflict, rejected), oldest first.
 * - `sync` sends the items that were `queued` (or `sending`: left over from a closed app) when it started,
 *   batch by batch. Per batch, each item is saved as `sending` with `attempts + 1`, then by answer:
 *   `stored`/`duplicate` → removed; `conflict`/`rejected` → kept in that state with the answer;
 *   no answer for its id → back to `queued`. Answers for ids not in the batch are ignored. If the
 *   transport throws, the batch goes back to `queued` with `lastError`, the run stops with
 *   `failed: true`, and earlier batches' acknowledged items stay removed. If the server refused the
 *   batch for good (`transport.finalRefusal`), its items are sent again one by one in the same run, and
 *   an item refused for good on its own becomes `rejected` with that reason: the bad one is set aside,
 *   the good ones go through. Calling `sync` while a run is
 *   going returns that run's promise (no overlap). A store failure rejects the promise; items then left
 *   `sending` are treated as `queued` by the next run.
 * - `resolveConflict` replaces a `conflict` item by a NEW queued item (new `id`, new `queuedAt`,
 *   `attempts` 0) carrying the resolved payload, and returns it. A new id, because per ADR 0008 the server
 *   already stored the conflicting check-in under the old id (`ON CONFLICT DO NOTHING`): resending that id
 *   would be answered `duplicate` and the user's choice silently dropped. Linking the resolution to the
 *   original (e.g. `resolves: oldId` in the payload) is the caller's business.
 * - `discard` removes a `rejected` item (throws for any other state).
 */
export function createSyncQueue<T>(deps: {
  store: QueueStore<T>;
  transport: SyncTransport<T>;
  newId: () => string;
  now: () => string;
  batchSize?: number;
}) {
  const { store, transport, newId, now } = deps;
  const batchSize = deps.batchSize ?? 50;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  let running: Promise<SyncResult> | null = null;

  async function find(id: string, state: QueuedCheckin['state']): Promise<QueuedCheckin<T>> {
    const item = (await store.all()).find((candidate) => candidate.id === id);
    if (!item) throw new Error(`no queued check-in ${id}`);
    if (item.state !== state) throw new Error(`check-in ${id} is ${item.state}, not ${state}`);
    return item;
  }

  /** Sends one batch and files its answers; false when the run must stop (a failure a retry may cure). */
  async function sendBatch(items: QueuedCheckin<T>[], result: SyncResult): Promise<boolean> {
    const batch = items.map((item): QueuedCheckin<T> => ({ ...item, state: 'sending', attempts: item.attempts + 1 }));
    for (const item of batch) await store.put(item);
    let answers: ServerAnswer[];
    try {
      answers = await transport.send(batch);
      if (!Array.isArray(answers)) throw new Error('malformed reply: not a list of answers');
    } catch (error) {
      const refusal = transport.finalRefusal?.(error) ?? null;
      if (refusal && batch.length > 1) {
        // One bad item must not hold back the others: find it by sending them one at a time.
        for (const item of batch) if (!(await sendBatch([item], result))) return false;
        return true;
      }
      if (refusal) {
        const [item] = batch as [QueuedCheckin<T>];
        const answer: ServerAnswer = { id: item.id, result: 'rejected', messageKey: refusal };
        await store.put({ ...item, state: 'rejected', serverAnswer: answer, lastError: undefined });
        result.rejected++;
        return true;
      }
      for (const item of batch) await store.put({ ...item, state: 'queued', lastError: errorText(error) });
      result.failed = true;
      return false;
    }
    const byId = new Map<string, ServerAnswer>();
    for (const answer of answers) if (answer && !byId.has(answer.id)) byId.set(answer.id, answer);
    for (const item of batch) {
      const answer = byId.get(item.id);
      switch (answer?.result) {
        case 'stored':
        case 'duplicate':
          await store.remove(item.id);
          if (answer.result === 'stored') result.stored++;
          else result.duplicates++;
          break;
        case 'conflict':
        case 'rejected':
          await store.put({ ...item, state: answer.result, serverAnswer: answer, lastError: undefined });
          if (answer.result === 'conflict') result.conflicts++;
          else result.rejected++;
          break;
        default:
          await store.put({ ...item, state: 'queued', lastError: 'no answer from the server' });
      }
    }
    return true;
  }

  async function runSync(): Promise<SyncResult> {
    const result: SyncResult = { stored: 0, duplicates: 0, conflicts: 0, rejected: 0, remaining: 0, failed: false };
    const toSend = (await store.all()).filter((item) => item.state === 'queued' || item.state === 'sending').sort(oldestFirst);
    for (let start = 0; start < toSend.length; start += batchSize) {
      if (!(await sendBatch(toSend.slice(start, start + batchSize), result))) break;
    }
    result.remaining = (await store.all()).length;
    return result;
  }

  return {
    async enqueue(businessId: string, payload: T): Promise<QueuedCheckin<T>> {
      const item: QueuedCheckin<T> = { id: newId(), businessId, queuedAt: now(), attempts: 0, payload, state: 'queued' };
      await store.put(item);
      return item;
    },

    async pending(): Promise<QueuedCheckin<T>[]> {
      const items = (await store.all()).sort(oldestFirst);
      // Outside a run, 'sending' can only be left over from a closed app: it is queued.
      return running ? items : items.map((item) => (item.state === 'sending' ? { ...item, state: 'queued' } : item));
    },

    sync(): Promise<SyncResult> {
      running ??= runSync().finally(() => {
        running = null;
      });
      return running;
    },

    async resolveConflict(id: string, payload: T): Promise<QueuedCheckin<T>> {
      const old = await find(id, 'conflict');
      const item: QueuedCheckin<T> = { id: newId(), businessId: old.businessId, queuedAt: now(), attempts: 0, payload, state: 'queued' };
      await store.put(item); // new first: a crash in between leaves the conflict visible, never nothing
      await store.remove(id);
      return item;
    },

    async discard(id: string): Promise<void> {
      await find(id, 'rejected');
      await store.remove(id);
    },
  };
}
