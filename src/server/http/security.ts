import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether a request comes from a page of this very app. Browsers send `Origin` on every state-changing
 * fetch; it must be PUBLIC_URL's origin or the origin the request itself was sent to (the server reached
 * by its LAN address, the Vite dev proxy). A request without `Origin` (curl, the CLI, server to server)
 * is not a browser's cross-site request and passes; `Sec-Fetch-Site: cross-site` never does.
 */
export function isOwnOrigin(request: FastifyRequest, publicOrigin: string): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === publicOrigin || origin === `${request.protocol}://${request.host}`;
}

/**
 * CSRF defence beside the SameSite=Strict cookie, and the security headers of every response (helmet).
 * The content security policy is what the built apps need and no more: Mantine writes inline styles,
 * QR codes and photos are data:/blob: images, the field app registers its own service worker (same
 * origin); no page may be framed. HSTS only when the cookie is HTTPS-only (behind TLS).
 */
export async function installSecurity(app: FastifyInstance, opts: { publicUrl: string; secure: boolean }): Promise<void> {
  const publicOrigin = new URL(opts.publicUrl).origin;
  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING.has(request.method) || !request.url.startsWith('/api/')) return;
    if (!isOwnOrigin(request, publicOrigin)) throw new AppError('forbidden', 'errors.origin');
  });

  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // On plain HTTP (the demo on a laptop or a LAN address) upgrading would break every request.
        upgradeInsecureRequests: opts.secure ? [] : null,
      },
    },
    frameguard: { action: 'deny' },
    // `same-origin`, not `no-referrer`: with no-referrer browsers send `Origin: null` on POSTs.
    referrerPolicy: { policy: 'same-origin' },
    hsts: opts.secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // The camera (check-in QR scanning) stays usable; cross-origin isolation is not needed.
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * The API documentation page (swagger-ui) brings inline scripts: it sets its own policy with their hashes;
 * this keeps it unframeable and, on plain HTTP, without the upgrade directive.
 */
export const swaggerCsp = (secure: boolean) => (header: string) => {
  const framed = header.replace("frame-ancestors 'self'", "frame-ancestors 'none'");
  return secure ? framed : framed.replace(/\s*upgrade-insecure-requests;?/, '');
};
