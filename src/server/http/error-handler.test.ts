import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import en from '../../web/i18n/en.json';
import id from '../../web/i18n/id.json';
import { errorReply, installErrorHandler } from './error-handler';
import { AppError, httpStatusOf, type ErrorCode } from '../errors';

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

  it("maps Fastify's and Node's own errors through the one status map, each with a message in both languages", () => {
    const cases: [unknown, ErrorCode, string][] = [
      [{ code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 }, 'bad_request', 'errors.badJson'],
      [{ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 }, 'unsupported_media_type', 'errors.unsupportedMediaType'],
      [{ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }, 'payload_too_large', 'errors.payloadTooLarge'],
      [{ code: 'FST_ERR_BAD_URL', statusCode: 400 }, 'bad_request', 'errors.badUrl'],
      [{ code: 'FST_ERR_MAX_PARAM_LENGTH', statusCode: 414 }, 'uri_too_long', 'errors.uriTooLong'],
      [{ code: 'HPE_HEADER_OVERFLOW' }, 'headers_too_large', 'errors.headersTooLarge'],
      [{ code: 'ERR_HTTP_REQUEST_TIMEOUT' }, 'request_timeout', 'errors.requestTimeout'],
      [{ statusCode: 429 }, 'rate_limited', 'errors.rateLimited'],
      [{ statusCode: 405 }, 'bad_request', 'errors.badRequest'],
      [new AppError('locked', 'errors.auth.locked', [], { minutes: 15 }), 'locked', 'errors.auth.locked'],
      [new Error('boom'), 'internal', 'errors.internal'],
    ];
    const text = (dict: object, key: string) => key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], dict);
    for (const [err, code, messageKey] of cases) {
      const { status, body } = errorReply(err);
      expect([status, body.error.code, body.error.messageKey], JSON.stringify(err)).toEqual([httpStatusOf[code], code, messageKey]);
      expect(typeof text(id, messageKey) === 'string' && typeof text(en, messageKey) === 'string', messageKey).toBe(true);
    }
    expect(httpStatusOf).toMatchObject({ bad_request: 400, request_timeout: 408, uri_too_long: 414, unsupported_media_type: 415, headers_too_large: 431 });
  });
});
