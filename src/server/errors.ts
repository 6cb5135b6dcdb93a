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
  internal: 500,
};

/** Shorthands that keep service code readable. */
export const fail = {
  validation: (fields: FieldProblem[]) => new AppError('validation', 'errors.validation', fields),
  forbidden: (key = 'errors.forbidden') => new AppError('forbidden', key),
  notFound: (key = 'errors.notFound') => new AppError('not_found', key),
  conflict: (key: string, params: Record<string, string | number> = {}) => new AppError('conflict', key, [], params),
  unauthenticated: (key = 'errors.unauthenticated') => new AppError('unauthenticated', key),
};
