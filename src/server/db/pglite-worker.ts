/**
 * The embedded store's own thread (docs/decisions/0011-embedded-store-off-the-event-loop.md).
 *
 * PGlite is PostgreSQL compiled to WebAssembly: a statement runs synchronously on the thread that owns
 * it. Here that thread is this worker, so a slow statement stalls only the work queued behind it, never
 * the server's event loop (health checks, cached sessions, static files, timers keep running).
 *
 * The protocol is one request at a time (the main thread's `RemotePglite` serialises them, as PGlite's
 * single connection requires): `{ id, op, … }` in, `{ id, ok, result | error }` out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types, type QueryOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { WorkerRequest, WorkerResponse, WorkerSource } from './pglite-protocol';

const source = workerData as WorkerSource;
const port = parentPort!;

/**
 * Drizzle asks PGlite to leave dates, timestamps, intervals and their arrays as text (it maps them
 * itself); parser functions cannot cross a thread, so the worker applies the same set when asked.
 */
const keepAsText = (value: string) => value;
const DRIZZLE_PARSERS: QueryOptions['parsers'] = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((oid) => [oid, keepAsText]),
);

/** Error fields PostgreSQL reports (code, constraint, detail, …), copied because an Error's own properties do not survive postMessage. */
function serialiseError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const fields: Record<string, unknown> = { name: err.name, message: err.message, stack: err.stack };
  for (const [key, value] of Object.entries(err)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[key] = value;
  }
  return fields;
}

async function open(): Promise<PGlite> {
  const client = new PGlite({
    ...(source.kind === 'dir' ? { dataDir: source.dataDir } : { loadDataDir: new Blob([source.snapshot]) }),
    extensions: { pg_trgm },
    startParams: source.startParams,
  });
  await client.waitReady;
  return client;
}

const ready = open();

async function handle(client: PGlite, request: WorkerRequest): Promise<{ result: unknown; transfer?: ArrayBuffer[] }> {
  switch (request.op) {
    case 'query': {
      const result = await client.query(request.text, request.params, {
        rowMode: request.rowMode,
        ...(request.drizzleParsers ? { parsers: DRIZZLE_PARSERS } : {}),
        ...(request.blob ? { blob: new Blob([request.blob]) } : {}),
      });
      return { result: { rows: result.rows, fields: result.fields, affectedRows: result.affectedRows } };
    }
    case 'exec':
      return { result: await client.exec(request.text) };
    case 'dump': {
      const buffer = await (await client.dumpDataDir('none')).arrayBuffer();
      return { result: buffer, transfer: [buffer] };
    }
    case 'close':
      await client.close();
      return { result: null };
  }
}

port.on('message', (request: WorkerRequest) => {
  ready
    .then((client) => handle(client, request))
    .then(
      ({ result, transfer }) => port.postMessage({ id: request.id, ok: true, result } satisfies WorkerResponse, transfer ?? []),
      (err: unknown) => port.postMessage({ id: request.id, ok: false, error: serialiseError(err) } satisfies WorkerResponse),
    );
});

// Tell the main thread when the store is open (or why it could not be).
ready.then(
  () => port.postMessage({ id: 0, ok: true, result: 'ready' } satisfies WorkerResponse),
  (err: unknown) => port.postMessage({ id: 0, ok: false, error: serialiseError(err) } satisfies WorkerResponse),
);
