import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { retryReadsOnLostConnection } from './client';

/** A stand-in pool whose first `failures` queries fail as a terminated backend does. */
function fakePool(failures: number, error: Error & { code?: string } = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })) {
  const seen: string[] = [];
  const pool = {
    query: (config: { text: string }) => {
      seen.push(config.text);
      if (seen.length <= failures) return Promise.reject(error);
      return Promise.resolve({ rows: [{ one: 1 }] });
    },
  };
  retryReadsOnLostConnection(pool as unknown as pg.Pool, 3);
  return { pool, seen };
}

describe('reads after a lost connection', () => {
  it('tries a read again on another client when its connection was terminated', async () => {
    const { pool, seen } = fakePool(2);
    await expect(pool.query({ text: 'select 1 as one' })).resolves.toEqual({ rows: [{ one: 1 }] });
    expect(seen).toHaveLength(3);
  });

  it('gives up after the attempts, and never retries a write or another error', async () => {
    await expect(fakePool(5).pool.query({ text: 'select 1' })).rejects.toMatchObject({ code: '57P01' });
    const write = fakePool(1);
    await expect(write.pool.query({ text: 'insert into t values (1)' })).rejects.toMatchObject({ code: '57P01' });
    expect(write.seen).toHaveLength(1);
    const syntax = fakePool(1, Object.assign(new Error('syntax error'), { code: '42601' }));
    await expect(syntax.pool.query({ text: 'select from' })).rejects.toMatchObject({ code: '42601' });
    expect(syntax.seen).toHaveLength(1);
  });
});
