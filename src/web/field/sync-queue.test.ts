import { describe, expect, it } from 'vitest';
import { createMemoryStore, createSyncQueue, type QueuedCheckin, type ServerAnswer, type SyncTransport } from './sync-queue';

type Payload = { sales: number };

/** Sortable fake ids and a clock that ticks one second per call, so "oldest first" is checkable. */
function fakeDevice() {
  let n = 0;
  let t = Date.parse('2026-03-01T00:00:00Z');
  return {
    newId: () => `id-${String(++n).padStart(5, '0')}`,
    now: () => new Date((t += 1000)).toISOString(),
  };
}

/**
 * A server that records what it stored: known ids are answered 'duplicate' (ON CONFLICT DO NOTHING).
 * `failBefore`/`failAfter`: batch numbers (1-based) that throw before storing / after storing (reply lost).
 * Conflicting check-ins are stored anyway (ADR 0008) and answered 'conflict'.
 */
function fakeServer(opts: { failBefore?: number[]; failAfter?: number[]; conflict?: Set<string>; reject?: Set<string>; skip?: Set<string> } = {}) {
  const stored = new Map<string, Payload>();
  const storeCount = new Map<string, number>();
  const batches: string[][] = [];
  const transport: SyncTransport<Payload> = {
    async send(batch) {
      batches.push(batch.map((item) => item.id));
      const number = batches.length;
      if (opts.failBefore?.includes(number)) throw new Error('network down');
      const answers: ServerAnswer[] = [];
      for (const item of batch) {
        if (opts.skip?.has(item.id)) continue;
        if (opts.reject?.has(item.id)) {
          answers.push({ id: item.id, result: 'rejected', messageKey: 'checkin.sales.negative', fields: ['sales'] });
          continue;
        }
        const known = stored.has(item.id);
        if (!known) {
          stored.set(item.id, item.payload);
          storeCount.set(item.id, (storeCount.get(item.id) ?? 0) + 1);
        }
        if (!known && opts.conflict?.has(item.id)) answers.push({ id: item.id, result: 'conflict', current: { sales: 1 } });
        else answers.push({ id: item.id, result: known ? 'duplicate' : 'stored' });
      }
      if (opts.failAfter?.includes(number)) throw new Error('reply lost');
      return answers;
    },
  };
  return { transport, stored, storeCount, batches };
}

async function setup(count: number, server: ReturnType<typeof fakeServer>, batchSize?: number) {
  const store = createMemoryStore<Payload>();
  const queue = createSyncQueue({ store, transport: server.transport, ...fakeDevice(), ...(batchSize ? { batchSize } : {}) });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await queue.enqueue(`biz-${i % 7}`, { sales: i })).id);
  return { store, queue, ids };
}

describe('offline check-in sync queue', () => {
  it('syncs 500 queued check-ins oldest first in 10 batches of 50 and empties the queue', async () => {
    const server = fakeServer();
    const { queue, ids } = await setup(500, server);
    expect((await queue.pending()).map((item) => item.state)).toEqual(Array(500).fill('queued'));
    const result = await queue.sync();
    expect(result).toEqual({ stored: 500, duplicates: 0, conflicts: 0, rejected: 0, remaining: 0, failed: false });
    expect(server.batches).toHaveLength(10);
    expect(server.batches.every((batch) => batch.length === 50)).toBe(true);
    expect(server.batches.flat()).toEqual(ids);
    expect(await queue.pending()).toEqual([]);
  });

  it('a cut after batch 3 stops the sync, keeps the rest queued, and resuming stores every id exactly once', async () => {
    const server = fakeServer({ failBefore: [4] });
    const { queue, ids } = await setup(500, server);
    const first = await queue.sync();
    expect(first).toMatchObject({ stored: 150, failed: true, remaining: 350 });
    expect(server.batches).toHaveLength(4); // batches 5..10 were not attempted
    const left = await queue.pending();
    expect(left.map((item) => item.id)).toEqual(ids.slice(150));
    expect(left.every((item) => item.state === 'queued')).toBe(true);
    expect(left.slice(0, 50).every((item) => item.attempts === 1 && item.lastError === 'network down')).toBe(true);
    expect(left.slice(50).every((item) => item.attempts === 0)).toBe(true);

    const second = await queue.sync();
    expect(second).toEqual({ stored: 350, duplicates: 0, conflicts: 0, rejected: 0, remaining: 0, failed: false });
    expect([...server.stored.keys()].sort()).toEqual([...ids].sort());
    expect([...server.storeCount.values()].every((n) => n === 1)).toBe(true);
  });

  it('a lost reply (server stored batch 4, then the connection dropped) resumes as duplicates, nothing lost', async () => {
    const server = fakeServer({ failAfter: [4] });
    const { queue, ids } = await setup(500, server);
    expect(await queue.sync()).toMatchObject({ stored: 150, failed: true, remaining: 350 });
    expect(server.stored.size).toBe(200);
    const second = await queue.sync();
    expect(second).toEqual({ stored: 300, duplicates: 50, conflicts: 0, rejected: 0, remaining: 0, failed: false });
    expect(server.batches[4]).toEqual(ids.slice(150, 200)); // the same ids were resent first
    expect(server.stored.size).toBe(500);
    expect([...server.storeCount.values()].every((n) => n === 1)).toBe(true);
  });

  it("treats items left 'sending' by a closed app as queued and resends them", async () => {
    const server = fakeServer();
    const { store, queue, ids } = await setup(3, server);
    const [crashed] = (await store.all()).filter((item) => item.id === ids[1]);
    await store.put({ ...(crashed as QueuedCheckin<Payload>), state: 'sending', attempts: 1 });
    expect((await queue.pending()).map((item) => item.state)).toEqual(['queued', 'queued', 'queued']);
    expect(await queue.sync()).toMatchObject({ stored: 3, remaining: 0 });
  });

  it('an item the server did not answer stays queued; answers for unknown ids are ignored', async () => {
    const server = fakeServer();
    const { queue, ids } = await setup(3, server);
    const send = server.transport.send;
    server.transport.send = async (batch) => [
      ...(await send(batch)).filter((answer) => answer.id !== ids[2]),
      { id: 'not-mine', result: 'stored' },
    ];
    expect(await queue.sync()).toEqual({ stored: 2, duplicates: 0, conflicts: 0, rejected: 0, remaining: 1, failed: false });
    const [left] = await queue.pending();
    expect(left).toMatchObject({ id: ids[2], state: 'queued', attempts: 1, lastError: 'no answer from the server' });
  });

  it('keeps a conflict with its answer, and resolving it sends the chosen values as a new check-in', async () => {
    const server = fakeServer({ conflict: new Set(['id-00002']) });
    const { queue } = await setup(3, server);
    expect(await queue.sync()).toMatchObject({ stored: 2, conflicts: 1, remaining: 1, failed: false });
    const [conflict] = await queue.pending();
    expect(conflict).toMatchObject({ id: 'id-00002', state: 'conflict', serverAnswer: { result: 'conflict', current: { sales: 1 } } });
    expect(await queue.sync()).toMatchObject({ conflicts: 0, remaining: 1 }); // not resent until resolved
    await expect(queue.discard('id-00002')).rejects.toThrow(/conflict, not rejected/);

    const resolved = await queue.resolveConflict('id-00002', { sales: 42 });
    expect(resolved).toMatchObject({ businessId: 'biz-1', state: 'queued', attempts: 0, payload: { sales: 42 } });
    expect(resolved.id).not.toBe('id-00002');
    expect((await queue.pending()).map((item) => item.id)).toEqual([resolved.id]);
    expect(await queue.sync()).toMatchObject({ stored: 1, remaining: 0 });
    expect(server.stored.get(resolved.id)).toEqual({ sales: 42 });
    expect(server.stored.get('id-00002')).toEqual({ sales: 1 }); // the original observation is kept too
  });

  it('keeps a rejected check-in with its message until discarded', async () => {
    const server = fakeServer({ reject: new Set(['id-00001']) });
    const { queue } = await setup(2, server);
    expect(await queue.sync()).toMatchObject({ stored: 1, rejected: 1, remaining: 1 });
    const [rejected] = await queue.pending();
    expect(rejected).toMatchObject({ state: 'rejected', serverAnswer: { messageKey: 'checkin.sales.negative', fields: ['sales'] } });
    await expect(queue.resolveConflict('id-00001', { sales: 0 })).rejects.toThrow(/rejected, not conflict/);
    await queue.discard('id-00001');
    expect(await queue.pending()).toEqual([]);
    await expect(queue.discard('id-00001')).rejects.toThrow(/no queued check-in/);
  });

  it('a batch refused for good (one bad item) is sent again one by one: the good ones go through, the bad one is set aside, never resent', async () => {
    const server = fakeServer();
    const { queue, ids } = await setup(5, server);
    class Refused extends Error {}
    const send = server.transport.send;
    server.transport.send = async (batch) => {
      if (batch.some((item) => item.id === ids[2])) {
        server.batches.push(batch.map((item) => item.id));
        throw new Refused('422');
      }
      return send(batch);
    };
    server.transport.finalRefusal = (error) => (error instanceof Refused ? 'errors.nulByte' : null);
    expect(await queue.sync()).toEqual({ stored: 4, duplicates: 0, conflicts: 0, rejected: 1, remaining: 1, failed: false });
    const [bad] = await queue.pending();
    expect(bad).toMatchObject({ id: ids[2], state: 'rejected', serverAnswer: { id: ids[2], result: 'rejected', messageKey: 'errors.nulByte' } });
    const sent = server.batches.length;
    expect(await queue.sync()).toMatchObject({ stored: 0, rejected: 0, remaining: 1 });
    expect(server.batches).toHaveLength(sent); // nothing resent
    expect([...server.storeCount.values()]).toEqual([1, 1, 1, 1]);
  });

  it('a refusal a retry may cure (no finalRefusal verdict) keeps the whole batch queued', async () => {
    const server = fakeServer({ failBefore: [1] });
    server.transport.finalRefusal = () => null;
    const { queue } = await setup(3, server);
    expect(await queue.sync()).toMatchObject({ stored: 0, rejected: 0, remaining: 3, failed: true });
    expect((await queue.pending()).every((item) => item.state === 'queued')).toBe(true);
  });

  it('concurrent sync() calls share the running sync and never overlap', async () => {
    const server = fakeServer();
    const { queue } = await setup(120, server);
    let inFlight = 0;
    let maxInFlight = 0;
    const send = server.transport.send;
    server.transport.send = async (batch) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return send(batch);
    };
    const a = queue.sync();
    const b = queue.sync();
    expect(b).toBe(a);
    const [ra, rb] = await Promise.all([a, b, queue.sync()]);
    expect(ra).toEqual({ stored: 120, duplicates: 0, conflicts: 0, rejected: 0, remaining: 0, failed: false });
    expect(rb).toBe(ra);
    expect(maxInFlight).toBe(1);
    expect(server.batches.map((batch) => batch.length)).toEqual([50, 50, 20]);
    const next = queue.sync(); // a new run once the previous one finished
    expect(next).not.toBe(a);
    expect(await next).toMatchObject({ stored: 0, remaining: 0 });
    expect(server.batches).toHaveLength(3); // nothing to send: no empty batch
  });

  it('refuses a batch size that is not a positive integer', () => {
    const server = fakeServer();
    for (const batchSize of [0, -1, 2.5]) {
      expect(() => createSyncQueue({ store: createMemoryStore(), transport: server.transport, ...fakeDevice(), batchSize })).toThrow(RangeError);
    }
  });
});
