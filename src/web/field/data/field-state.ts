/**
 * The shapes around the field controller (controller.ts): its injected storage and network, its state,
 * and the errors it explains to the assistant.
 */
import type { RequestOptions } from '../../api/client';
import type { CheckinPayload, FieldPack, Me, QueuedItem } from '../lib/types';
import type { QueueStore, SyncResult } from '../sync-queue';

/** Small persistent values (session, field pack, chosen kecamatan). */
export interface KeyValue {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

/** The API call (the app's `api()` client: same origin, session cookie, ApiError on failure). */
export type Http = <T>(path: string, options?: RequestOptions) => Promise<T>;

/** What the controller is built on; ids and clock are injected so tests are deterministic. */
export interface FieldDeps {
  store: QueueStore<CheckinPayload>;
  kv: KeyValue;
  http: Http;
  newId: () => string;
  now: () => string;
  online: () => boolean;
}

/** A passing message for the assistant (translated by the screen). */
export interface Flash {
  key: string;
  params?: Record<string, string | number>;
  tone: 'ok' | 'wait' | 'bad' | 'info';
  /** Increases with every flash, so the same text twice is still announced. */
  seq: number;
}

/** Everything the screens show, in one immutable snapshot (replaced on every change). */
export interface FieldState {
  /** False until the stored session, pack and queue are read. */
  ready: boolean;
  me: Me | null;
  /** The server answered 401: log in again (the queue and pack are kept). */
  authLost: boolean;
  pack: FieldPack | null;
  /** Kecamatan chosen by an officer (an assistant's pack is always their own). */
  kecamatan: string | null;
  /** The kecamatan an officer can choose from (null until read). */
  areas: { code: string; name: string }[] | null;
  items: QueuedItem[];
  online: boolean;
  syncing: boolean;
  downloading: boolean;
  /** Outcome of the last sync run that sent something. */
  lastSync: (SyncResult & { at: string }) | null;
  flash: Flash | null;
}

/** Keys of the stored values. */
export const KEYS = { me: 'me', pack: 'pack', kecamatan: 'kecamatan', areas: 'areas' } as const;

/** Thrown by login/logout for outcomes the screen explains. */
export class FieldError extends Error {
  constructor(readonly key: string, readonly params: Record<string, string | number> = {}) {
    super(key);
    this.name = 'FieldError';
  }
}

