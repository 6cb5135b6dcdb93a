/**
 * Data requests started by boot.ts before the app's script has even downloaded, for the landing page
 * whose content is data: the certificate check opened from a QR code. On a slow link this saves a full
 * round trip: the answer arrives while the script is still on its way. Each response is used once.
 */
const started = new Map<string, Promise<Response>>();

/** The certificate-check API path of a /portal/verifikasi/:kw/:code address, or null. */
export function verificationApiPath(pathname: string): string | null {
  const m = /^\/portal\/verifikasi\/([^/]+)\/([^/]+)\/?$/.exec(pathname);
  return m ? `/public/certificates/${m[1]}/${m[2]}` : null;
}

/**
 * The self-report API path of a /portal/lapor/:token address (the owner's personal link), or null.
 * The token is re-encoded as the page encodes it, so the page finds the early answer under the same path.
 */
export function selfReportApiPath(pathname: string): string | null {
  const m = /^\/portal\/lapor\/([^/]+)\/?$/.exec(pathname);
  if (!m) return null;
  try {
    return `/self-report/${encodeURIComponent(decodeURIComponent(m[1]!))}`;
  } catch {
    return null; // a malformed %-escape: the page says "tidak sah" itself
  }
}

/** Starts GET /api<path> now. */
export function startEarly(path: string): void {
  started.set(path, fetch(`/api${path}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } }));
}

/** The early response for `path`, once; undefined when none was started (the caller fetches itself). */
export function takeEarly(path: string): Promise<Response> | undefined {
  const response = started.get(path);
  started.delete(path);
  return response;
}
