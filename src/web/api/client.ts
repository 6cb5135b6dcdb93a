/**
 * The one fetch wrapper of the web app. Every call goes to the same origin with the session cookie;
 * every failure becomes an ApiError carrying the HTTP status and the server's error body, so screens
 * can translate `messageKey` and place `fields` under the matching inputs.
 */

/** One field-level problem as the server reports it. */
export interface FieldProblem {
  field: string;
  messageKey: string;
  params?: Record<string, string | number>;
}

/** The JSON body of every error reply. */
export interface ErrorBody {
  error: {
    code: string;
    messageKey: string;
    params?: Record<string, string | number>;
    fields?: FieldProblem[];
  };
}

/** A failed API call. `status` 0 means the network failed (offline, timeout, proxy down). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
  ) {
    super(body?.error.messageKey ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  get code(): string {
    return this.body?.error.code ?? (this.status === 0 ? 'network' : 'internal');
  }

  get messageKey(): string {
    return this.body?.error.messageKey ?? (this.status === 0 ? 'errors.network' : 'errors.generic');
  }

  get params(): Record<string, string | number> {
    return this.body?.error.params ?? {};
  }

  get fields(): FieldProblem[] {
    return this.body?.error.fields ?? [];
  }
}

/** True when `e` is an ApiError with one of the given statuses. */
export function isApiError(e: unknown, ...statuses: number[]): e is ApiError {
  return e instanceof ApiError && (statuses.length === 0 || statuses.includes(e.status));
}

type UnauthenticatedListener = () => void;
let onUnauthenticated: UnauthenticatedListener = () => {};

/** Registers what happens when any call (except those that opt out) answers 401. */
export function setUnauthenticatedHandler(listener: UnauthenticatedListener): void {
  onUnauthenticated = listener;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Query parameters; undefined, null and '' are left out. */
  query?: Record<string, string | number | undefined | null>;
  /** Do not treat a 401 as "session ended" (login, who-am-I). */
  allow401?: boolean;
  signal?: AbortSignal;
}

/** Builds `/api/...?a=b` from a path and query parameters. */
export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

const TIMEOUT_MS = 30_000;

/** Calls the API and returns the parsed JSON (or undefined for 204). Throws ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, query, allow401 = false, signal } = options;
  // Combined by hand: AbortSignal.any/timeout are missing on older phone browsers.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const forward = () => controller.abort();
  signal?.addEventListener('abort', forward, { once: true });
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      signal: controller.signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, null);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const errorBody = isErrorBody(json) ? json : null;
    if (response.status === 401 && !allow401) onUnauthenticated();
    throw new ApiError(response.status, errorBody);
  }
  return json as T;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value).error;
  return typeof error === 'object' && error !== null && typeof (error as { messageKey?: unknown }).messageKey === 'string';
}
