import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, fail, httpStatusOf, isStatementTimeout, type ErrorCode, type FieldProblem } from '../errors';

/** The JSON body of every error reply. */
export interface ErrorBody {
  error: { code: string; messageKey: string; params: Record<string, string | number>; fields: FieldProblem[] };
}

const pick = (params: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(keys.flatMap((k) => (typeof params[k] === 'number' || typeof params[k] === 'string' ? [[k, params[k]]] : [])));

/** Maps schema failures to field problems with i18n keys the web app translates (validation.too_small, …). */
function schemaFieldProblems(error: { validation: { instancePath: string; keyword: string; params: Record<string, unknown> }[] }): FieldProblem[] {
  return error.validation.map((v) => {
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    return {
      field: path || (typeof v.params.key === 'string' ? v.params.key : ''),
      messageKey: `validation.${v.keyword}`,
      params: pick(v.params, ['minimum', 'maximum', 'expected', 'format']),
    };
  });
}

type Mapped = [ErrorCode, string];

/**
 * Fastify's and Node's own errors, by their code: raised while the request is read (before any route
 * runs), they too answer in the envelope with a translated message instead of Fastify's English.
 */
const FRAMEWORK_ERRORS: Record<string, Mapped> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['bad_request', 'errors.badJson'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['bad_request', 'errors.badJson'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad_request', 'errors.badRequest'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'errors.unsupportedMediaType'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'errors.payloadTooLarge'],
  FST_ERR_BAD_URL: ['bad_request', 'errors.badUrl'],
  FST_ERR_MAX_PARAM_LENGTH: ['uri_too_long', 'errors.uriTooLong'],
  FST_ERR_NOT_FOUND: ['not_found', 'errors.notFound'],
  // Node's HTTP parser (clientError): headers over --max-http-header-size, a client too slow to send.
  HPE_HEADER_OVERFLOW: ['headers_too_large', 'errors.headersTooLarge'],
  ERR_HTTP_REQUEST_TIMEOUT: ['request_timeout', 'errors.requestTimeout'],
};

/** Other client errors (plugins' and Node's) that carry only a status. Any other 4xx is a plain bad request. */
const BY_STATUS: Record<number, Mapped> = {
  400: ['bad_request', 'errors.badRequest'],
  401: ['unauthenticated', 'errors.unauthenticated'],
  403: ['forbidden', 'errors.forbidden'],
  404: ['not_found', 'errors.notFound'],
  408: ['request_timeout', 'errors.requestTimeout'],
  413: ['payload_too_large', 'errors.payloadTooLarge'],
  414: ['uri_too_long', 'errors.uriTooLong'],
  415: ['unsupported_media_type', 'errors.unsupportedMediaType'],
  429: ['rate_limited', 'errors.rateLimited'],
  431: ['headers_too_large', 'errors.headersTooLarge'],
};

const envelope = (code: ErrorCode, messageKey: string, fields: FieldProblem[] = [], params: Record<string, string | number> = {}) => ({
  status: httpStatusOf[code],
  body: { error: { code, messageKey, params, fields } } satisfies ErrorBody,
});

/**
 * The one map from anything thrown to a status and an envelope: the app's AppError, schema failures,
 * a statement time-out, Fastify's and Node's own errors; everything else is an internal error (500).
 */
export function errorReply(err: unknown): { status: number; body: ErrorBody } {
  if (isStatementTimeout(err)) return errorReply(fail.queryTimeout());
  if (err instanceof AppError) return envelope(err.code, err.messageKey, err.fields, err.params);
  if (hasZodFastifySchemaValidationErrors(err)) return envelope('validation', 'errors.validation', schemaFieldProblems(err));
  const { code, statusCode } = (err ?? {}) as { code?: unknown; statusCode?: unknown };
  const known = typeof code === 'string' ? FRAMEWORK_ERRORS[code] : undefined;
  if (known) return envelope(...known);
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return envelope(...(BY_STATUS[statusCode] ?? BY_STATUS[400]!));
  return envelope('internal', 'errors.internal');
}

/** Installs the one place where errors become HTTP replies. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const { status, body } = errorReply(err);
    // A statement over its time limit is the request's fault, not a server failure: a warning, not an error.
    if (isStatementTimeout(err)) request.log.warn({ url: request.url }, 'statement time limit reached');
    else if (status >= 500) {
      if (isResponseSerializationError(err)) request.log.error({ issues: err.cause.issues }, 'response did not match its schema');
      request.log.error(err);
    }
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((_request, reply) => {
    const { status, body } = errorReply(fail.notFound());
    return reply.status(status).send(body);
  });
}

/**
 * Server options that route the errors Fastify and Node raise outside the routes through the same map:
 * `frameworkErrors` (a URL that does not decode, a path parameter over its length) and
 * `clientErrorHandler` (the HTTP parser's errors: headers too large → 431, a request too slow → 408),
 * which run before any request object exists, so the reply is written to the socket directly.
 */
export const frameworkErrorOptions = {
  frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
    const { status, body } = errorReply(error);
    void reply.status(status).send(body);
  },
  clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
    // A reset connection has nobody left to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const { status, body } = errorReply(FRAMEWORK_ERRORS[error.code ?? ''] ? error : { statusCode: 400 });
    const json = JSON.stringify(body);
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
      );
    }
    socket.destroy(error);
  },
} satisfies Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler'>;

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };
