import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fail } from '../errors';
import type { Actor } from '../kernel/actor';
import type { AuthService } from '../modules/auth/auth.service';

export const SESSION_COOKIE = 'berdaya_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
}

/** Resolves the session cookie to an actor on every /api request; routes decide whether one is required. */
export function installSessionResolver(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const actor = await auth.actorForToken(token);
    if (actor) {
      request.actor = actor;
      request.sessionToken = token;
    }
  });
}

/** The actor of the request, or a 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw fail.unauthenticated();
  return request.actor;
}

/** Sets the httpOnly, SameSite=Strict session cookie. */
export function setSessionCookie(reply: FastifyReply, token: string, opts: { secure: boolean; ttlHours: number }): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: opts.secure,
    path: '/',
    maxAge: opts.ttlHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
