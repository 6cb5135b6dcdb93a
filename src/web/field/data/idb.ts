/**
 * The phone's storage: one IndexedDB database with the check-in queue (by id) and a few keyed values
 * (session, field pack, chosen kecamatan). Deliberately thin — every rule lives in sync-queue.ts and
 * the controller, which are tested over memory stores; this only moves objects in and out.
 */
import { type IDBPDatabase, openDB } from 'idb';
import { createMemoryStore, type QueuedCheckin, type QueueStore } from '../sync-queue';
import type { KeyValue } from './controller';

const DB_NAME = 'berdaya-lapangan';
const QUEUE = 'queue';
const KV = 'kv';

/** Opens (or creates) the database. */
export function openFieldDb(): Promise<IDBPDatabase> {
  return openDB(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore(QUEUE, { keyPath: 'id' });
      db.createObjectStore(KV);
    },
  });
}

/** The sync queue's store over the `queue` object store. */
export function idbQueueStore<T>(db: IDBPDatabase): QueueStore<T> {
  return {
    all: () => db.getAll(QUEUE) as Promise<QueuedCheckin<T>[]>,
    put: async (item) => void (await db.put(QUEUE, item)),
    remove: (id) => db.delete(QUEUE, id),
  };
}

/** Keyed values over the `kv` object store. */
export function idbKeyValue(db: IDBPDatabase): KeyValue {
  return {
    get: <T>(key: string) => db.get(KV, key) as Promise<T | undefined>,
    set: async (key, value) => void (await db.put(KV, value, key)),
    del: (key) => db.delete(KV, key),
  };
}

/** Storage that forgets on reload: only when IndexedDB is unavailable (some private windows). */
export function memoryKeyValue(): KeyValue {
  const values = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => structuredClone(values.get(key)) as T | undefined,
    set: async (key, value) => void values.set(key, structuredClone(value)),
    del: async (key) => void values.delete(key),
  };
}

/** The queue and values on IndexedDB, or in memory (with `persistent: false`) when it cannot be opened. */
export async function openStorage<T>(): Promise<{ store: QueueStore<T>; kv: KeyValue; persistent: boolean }> {
  try {
    const db = await openFieldDb();
    // Ask the browser not to evict the queue under storage pressure: check-ins may wait for days.
    void navigator.storage?.persist?.().catch(() => false);
    return { store: idbQueueStore<T>(db), kv: idbKeyValue(db), persistent: true };
  } catch {
    return { store: createMemoryStore<T>(), kv: memoryKeyValue(), persistent: false };
  }
}
