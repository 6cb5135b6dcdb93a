/** The messages between the server's main thread and the embedded store's worker (pglite-worker.ts). */

/** What the worker opens: a data directory, or an in-memory copy of a dump (tests). */
export type WorkerSource =
  | { kind: 'dir'; dataDir: string; startParams: string[] }
  | { kind: 'snapshot'; snapshot: ArrayBuffer; startParams: string[] };

/** One operation; `id` matches the reply. */
export type WorkerRequest =
  | {
      id: number;
      op: 'query';
      text: string;
      params: unknown[];
      rowMode: 'object' | 'array';
      /** Keep dates and timestamps as text, as Drizzle expects. */
      drizzleParsers: boolean;
      /** The bytes COPY … FROM '/dev/blob' reads. */
      blob?: ArrayBuffer;
    }
  | { id: number; op: 'exec'; text: string }
  | { id: number; op: 'dump' }
  | { id: number; op: 'close' };

/** The reply to one request (id 0: the store opened, or failed to). */
export type WorkerResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: Record<string, unknown> };

/** A request before the client numbers it. */
export type UnnumberedRequest = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
