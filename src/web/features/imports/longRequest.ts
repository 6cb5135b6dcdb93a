import { ApiError, apiUrl, type ErrorBody, type RequestOptions } from '../../api/client';

/**
 * Calls that may run for minutes on a big file or regency (upload, dry run, commit, duplicate scan). The
 * shared `api()` gives up after 30 s, which would show a network error while the server keeps working;
 * these wait up to 15 minutes. Failures become the same ApiError as everywhere else. A 401 is left to
 * the caller (see useUploadImport), since the session handler belongs to `api()`.
 */
const LONG_TIMEOUT_MS = 15 * 60_000;

const isErrorBody = (v: unknown): v is ErrorBody =>
  typeof v === 'object' && v !== null && 'error' in v && typeof (v as ErrorBody).error?.messageKey === 'string';

export interface LongRequestOptions {
  method?: 'GET' | 'POST' | 'PUT';
  query?: RequestOptions['query'];
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is (`application/octet-stream`), e.g. a File. */
  raw?: Blob;
}

/** Fetches `/api{path}` with a long timeout and parses the JSON reply; throws ApiError. */
export async function longRequest<T>(path: string, { method = 'POST', query, json, raw }: LongRequestOptions = {}): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), LONG_TIMEOUT_MS);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (raw) headers['Content-Type'] = 'application/octet-stream';
  else if (json !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      credentials: 'same-origin',
      headers,
      body: raw ?? (json !== undefined ? JSON.stringify(json) : undefined),
      signal: controller.signal,
    });
  } catch {
    throw new ApiError(0, null);
  } finally {
    clearTimeout(timer);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(response.status, isErrorBody(body) ? body : null);
  return body as T;
}
