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

/** Whether `err` (or an error it wraps, as Drizzle wraps driver errors) is a statement time-out. */
export function isStatementTimeout(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if ((e as { code?: unknown }).code === STATEMENT_TIMEOUT) return true;
  }
  return false;
}
