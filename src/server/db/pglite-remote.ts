import { Worker } from 'node:worker_threads';
import type { UnnumberedRequest, WorkerResponse, WorkerSource } from './pglite-protocol';

/** A statement ran past its time limit and was stopped (the embedded store's twin of PostgreSQL's 57014). */
export class StatementTimeoutError extends Error {
  /** PostgreSQL's SQLSTATE for statement_timeout, so both engines' time-outs are handled alike. */
  readonly code = '57014';
  constructor(limitMs: number) {
    super(`canceling statement due to statement timeout (${limitMs} ms)`);
    this.name = 'StatementTimeoutError';
  }
}

/** The result shape Drizzle's PGlite driver reads. */
export interface RemoteResults {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}

/** The subset of PGlite's query options that crosses to the worker. */
export interface RemoteQueryOptions {
  rowMode?: 'object' | 'array';
  parsers?: unknown;
  blob?: Blob;
}

/** What Drizzle's PGlite driver (and our COPY helper) call on a client or a transaction. */
export interface PgliteLikeClient {
  query(text: string, params?: unknown[], options?: RemoteQueryOptions): Promise<RemoteResults>;
  exec(text: string): Promise<unknown>;
  transaction<T>(fn: (tx: PgliteLikeClient) => Promise<T>): Promise<T>;
}

/** FIFO lock: PGlite is one connection, so one statement (or one transaction) at a time. */
class SerialLock {
  #tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const turn = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => held);
    return turn;
  }
}

const WORKER_URL = new URL('./pglite-worker-boot.mjs', import.meta.url);

/**
 * The embedded store, run in a worker thread (docs/decisions/0011). The main thread keeps the queue and
 * the time limits; the worker only executes.
 *
 * A statement over its limit is answered at once with {@link StatementTimeoutError}. WebAssembly cannot be
 * interrupted from outside, so for a store on disk the worker is then terminated and the store reopened:
 * like a killed process, that loses nothing committed (docs/decisions/0003) and rolls back the
 * transaction that was running. An in-memory store (tests) cannot be reopened, so there the caller gets
 * the error at the limit and the queue waits for the statement to end.
 */
export class RemotePglite {
  #worker: Worker | null = null;
  #ready: Promise<void> = Promise.resolve();
  #pending = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();
  #nextId = 1;
  #lock = new SerialLock();
  #closed = false;
  /** The reply to the last request sent, whether its caller stopped waiting or not. */
  #inflight: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly source: WorkerSource,
    private readonly onRestart: (reason: string) => void,
  ) {}

  /** Starts the worker and waits until the store is open. */
  static async open(source: WorkerSource, onRestart: (reason: string) => void = () => undefined): Promise<RemotePglite> {
    const remote = new RemotePglite(source, onRestart);
    remote.#ready = remote.#start();
    await remote.#ready;
    return remote;
  }

  #start(): Promise<void> {
    // No inherited execArgv: the parent's flags (`--input-type`, `-e` of a one-off script) are not the
    // worker's; the boot file loads TypeScript itself.
    const worker = new Worker(WORKER_URL, { workerData: this.source, execArgv: [] });
    this.#worker = worker;
    let opened = false;
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (message: WorkerResponse) => {
        if (message.id === 0) {
          opened = message.ok;
          return message.ok ? resolve() : reject(reviveError(message.error));
        }
        const waiter = this.#pending.get(message.id);
        if (!waiter) return;
        this.#pending.delete(message.id);
        if (message.ok) waiter.resolve(message.result);
        else waiter.reject(reviveError(message.error));
      });
      worker.on('error', (err) => {
        reject(err);
        this.#failAll(err);
      });
      worker.on('exit', (code) => {
        if (this.#worker !== worker) return;
        this.#worker = null;
        const err = new Error(`embedded database worker exited (${code})`);
        reject(err);
        this.#failAll(err);
        // A crash of a running store (WebAssembly abort) must not leave the server without a database; a
        // store that could not open at all is not retried in a loop.
        if (opened && !this.#closed && this.source.kind === 'dir') this.#restart(err.message);
      });
    });
  }

  #failAll(err: Error): void {
    for (const waiter of this.#pending.values()) waiter.reject(err);
    this.#pending.clear();
  }

  #restart(reason: string): void {
    const old = this.#worker;
    this.#worker = null;
    this.onRestart(reason);
    this.#failAll(new Error(`embedded database restarted: ${reason}`));
    this.#ready = (async () => {
      if (old) await old.terminate();
      await this.#start();
    })();
    this.#inflight = this.#ready.catch(() => undefined);
  }

  /** Sends one request and waits for its reply, or for its time limit. The caller holds the lock. */
  async #send(request: UnnumberedRequest, limitMs: number, transfer: ArrayBuffer[] = []): Promise<unknown> {
    if (this.#closed) throw new Error('embedded database is closed');
    await this.#ready;
    const worker = this.#worker;
    if (!worker) throw new Error('embedded database is not running');
    const id = this.#nextId++;
    const reply = new Promise<unknown>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    this.#inflight = reply.catch(() => undefined);
    worker.postMessage({ ...request, id }, transfer);
    if (!limitMs) return reply;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new StatementTimeoutError(limitMs));
        if (this.source.kind === 'dir' && this.#pending.has(id)) this.#restart(`a statement ran over ${limitMs} ms`);
      }, limitMs);
    });
    try {
      return await Promise.race([reply, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Holds the connection for `fn`. The caller has its answer (or its time-out) at once; the next holder
   * waits until the worker has answered everything it was sent (or been restarted).
   */
  async #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.#lock.acquire();
    try {
      return await fn();
    } finally {
      void this.#inflight.then(release);
    }
  }

  async #query(text: string, params: unknown[] = [], options: RemoteQueryOptions = {}, limitMs: number): Promise<RemoteResults> {
    const blob = options.blob ? await options.blob.arrayBuffer() : undefined;
    const request = { op: 'query', text, params, rowMode: options.rowMode ?? 'object', drizzleParsers: options.parsers !== undefined, blob } as const;
    return (await this.#send(request, limitMs, blob ? [blob] : [])) as RemoteResults;
  }

  /** A client whose every statement has `limitMs` to finish (0: no limit). */
  client(limitMs: number): PgliteLikeClient {
    const inTransaction: PgliteLikeClient = {
      query: (text, params, options) => this.#query(text, params, options, limitMs),
      exec: (text) => this.#send({ op: 'exec', text }, limitMs),
      transaction: () => Promise.reject(new Error('nested transactions go through savepoints')),
    };
    return {
      query: (text, params, options) => this.#exclusive(() => this.#query(text, params, options, limitMs)),
      exec: (text) => this.#exclusive(() => this.#send({ op: 'exec', text }, limitMs)),
      transaction: (fn) =>
        this.#exclusive(async () => {
          await this.#query('BEGIN', [], {}, limitMs);
          try {
            const result = await fn(inTransaction);
            await this.#query('COMMIT', [], {}, limitMs);
            return result;
          } catch (err) {
            await this.#query('ROLLBACK', [], {}, 0).catch(() => undefined);
            throw err;
          }
        }),
    };
  }

  /** The whole data directory as an uncompressed tar (tests restore it into memory). */
  dump(): Promise<ArrayBuffer> {
    return this.#exclusive(async () => (await this.#send({ op: 'dump' }, 0)) as ArrayBuffer);
  }

  /** Waits for queued work, closes the store cleanly and stops the worker. */
  async close(): Promise<void> {
    if (this.#closed) return;
    await this.#exclusive(async () => {
      await this.#send({ op: 'close' }, 0).catch(() => undefined);
      this.#closed = true;
    });
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate();
  }
}

/** Rebuilds a database error with its SQLSTATE and details, as PGlite threw it in the worker. */
function reviveError(fields: Record<string, unknown>): Error {
  const err = new Error(typeof fields.message === 'string' ? fields.message : 'database error');
  Object.assign(err, fields);
  return err;
}
