/**
 * The load generator of bench/registry-load.bench.ts and bench/api-throughput.bench.ts, run in a worker
 * thread so that the client's own event loop does not share the server's (autocannon is not installed;
 * this is a small fetch loop on Node's undici, with keep-alive connections).
 *
 * workerData: { origin, durationMs, warmupMs, groups: [{ name, concurrency, requests: [{ name, path, cookie }] }] }
 * Each of a group's `concurrency` virtual users sends one request at a time, walking the group's request
 * list from its own offset (so users do not move in lockstep), until durationMs has passed. Requests that
 * start in the first warmupMs are sent but not recorded. Posts back, per group and request name, the
 * latencies in ms, the status counts and the measured window.
 */
import { parentPort, workerData } from 'node:worker_threads';

const { origin, durationMs, warmupMs = 0, groups } = workerData;
const t0 = performance.now();
const measureFrom = t0 + warmupMs;
const endAt = measureFrom + durationMs;
const results = groups.map((g) => ({ name: g.name, byRequest: {}, errors: 0, firstError: null }));

async function user(groupIndex, userIndex) {
  const group = groups[groupIndex];
  const out = results[groupIndex];
  let i = Math.floor((userIndex * group.requests.length) / Math.max(1, group.concurrency));
  while (performance.now() < endAt) {
    const req = group.requests[i++ % group.requests.length];
    const start = performance.now();
    let status = 0;
    try {
      const res = await fetch(origin + req.path, { headers: req.cookie ? { cookie: req.cookie } : {} });
      status = res.status;
      await res.arrayBuffer();
    } catch (err) {
      out.errors++;
      out.firstError ??= String(err);
    }
    const end = performance.now();
    if (start < measureFrom) continue;
    const slot = (out.byRequest[req.name] ??= { ms: [], status: {} });
    slot.ms.push(end - start);
    slot.status[status] = (slot.status[status] ?? 0) + 1;
  }
}

await Promise.all(groups.flatMap((g, gi) => Array.from({ length: g.concurrency }, (_, ui) => user(gi, ui))));
parentPort.postMessage({ results, windowMs: performance.now() - measureFrom });
