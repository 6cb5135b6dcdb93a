/**
 * The one error type of Berdaya. Services throw it; the HTTP layer maps `code` to a status in one place.
 * `messageKey` is an i18n key the web app translates; `fields` carries field-level messages.
 */
export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'rate_limited'
  | 'payload_too_large'
  | 'timeout'
  // The HTTP layer's own refusals (malformed JSON or URL, wrong content type, oversized URL or headers, a
  // client too slow to send): raised by Fastify or Node before any route runs, mapped here all the same.
  | 'bad_request'
  | 'unsupported_media_type'
  | 'uri_too_long'
  | 'headers_too_large'
  | 'request_timeout'
  | 'internal';

/** A field-level problem: which field, and an i18n key (with optional values) describing it. */
export interface FieldProblem {
  field: string;
  messageKey: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly fields: FieldProblem[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }
}

/** The single map from error code to HTTP status. */
export const httpStatusOf: Record<ErrorCode, number> = {
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  rate_limited: 429,
  payload_too_large: 413,
  /** A statement ran past STATEMENT_TIMEOUT_MS: the server is fine, the request asked too much of it. */
  timeout: 503,
  bad_request: 400,
  unsupported_media_type: 415,
  uri_too_long: 414,
  headers_too_large: 431,
  request_timeout: 408,
  internal: 500,
};

/** Shorthands that keep service code readable. */
export const fail = {
  validation: (fields: FieldProblem[]) => new AppError('validation', 'errors.validation', fields),
  forbidden: (key = 'errors.forbidden') => new AppError('forbidden', key),
  notFound: (key = 'errors.notFound') => new AppError('not_found', key),
  conflict: (key: string, params: Record<string, string | number> = {}) => new AppError('conflict', key, [], params),
  unauthenticated: (key = 'errors.unauthenticated') => new AppError('unauthenticated', key),
  queryTimeout: () => new AppError('timeout', 'errors.queryTimeout'),
};

/** PostgreSQL's SQLSTATE for a statement stopped by its time limit (the embedded store reports the same). */
const STATEMENT_TIMEOUT = '57014';

/** The SQLSTATE of `err` or of an error it wraps (Drizzle wraps driver errors in `cause`), else null. */
export function sqlStateOf(err: unknown): string | null {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/** Whether `err` (or an error it wraps, as Drizzle wraps driver errors) is a statement time-out. */
export function isStatementTimeout(err: unknown): boolean {
  return sqlStateOf(err) === STATEMENT_TIMEOUT;
}

/**
 * Whether the database refused `err`'s data itself: SQLSTATE class 22 (data exception: a value out of
 * range, a bad encoding) or 23 (integrity constraint). Retrying the same data can never succeed, unlike
 * a lost connection or a time-out.
 */
export function isDataRefusal(err: unknown): boolean {
  const state = sqlStateOf(err);
  return state !== null && (state.startsWith('22') || state.startsWith('23'));
}
