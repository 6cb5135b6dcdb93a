import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import en from '../../web/i18n/en.json';
import id from '../../web/i18n/id.json';
import { installErrorHandler } from './error-handler';

/** A database time-out reaches the error handler wrapped (Drizzle wraps the driver's error in `cause`). */
function wrappedTimeout(): Error {
  const driverError = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
  return new Error('Failed query: select …', { cause: driverError });
}

describe('error handler', () => {
  it('answers a statement time-out with 503 and a translated "narrow the filter" message', async () => {
    const app = Fastify();
    installErrorHandler(app);
    app.get('/slow', () => {
      throw wrappedTimeout();
    });
    const res = await app.inject({ method: 'GET', url: '/slow' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ error: { code: 'timeout', messageKey: 'errors.queryTimeout', params: {}, fields: [] } });
    expect(id.errors.queryTimeout).toMatch(/filter/);
    expect(en.errors.queryTimeout).toMatch(/filter/);
    await app.close();
  });

  it('still answers other database errors as internal (500)', async () => {
    const app = Fastify({ logger: false });
    installErrorHandler(app);
    app.get('/broken', () => {
      throw Object.assign(new Error('relation does not exist'), { code: '42P01' });
    });
    const res = await app.inject({ method: 'GET', url: '/broken' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('internal');
    await app.close();
  });
});
