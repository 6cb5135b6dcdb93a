import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../http/session';
import type { Actor } from '../../kernel/actor';
import { loginBody, meResponse, passwordBody } from './auth.schemas';
import type { AuthService } from './auth.service';

const toMe = (actor: Actor): z.infer<typeof meResponse> => ({
  user: {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    locale: actor.locale,
    isSuperadmin: actor.isSuperadmin,
  },
  memberships: actor.memberships.map(({ ownerId: _ownerId, ...m }) => m),
});

/** Login, logout, who-am-I and password change. Login is rate limited per client address. */
export function authRoutes(auth: AuthService, cookie: { secure: boolean; ttlHours: number }): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        schema: { tags: ['auth'], body: loginBody, response: { 200: meResponse } },
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const { token, actor } = await auth.login(request.body.username, request.body.password, request.ip);
        setSessionCookie(reply, token, cookie);
        return toMe(actor);
      },
    );

    app.post('/api/auth/logout', { schema: { tags: ['auth'] } }, async (request, reply) => {
      if (request.sessionToken) await auth.logout(request.sessionToken);
      clearSessionCookie(reply);
      return reply.status(204).send();
    });

    app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: meResponse } } }, async (request) =>
      toMe(requireActor(request)),
    );

    app.post('/api/auth/password', { schema: { tags: ['auth'], body: passwordBody } }, async (request, reply) => {
      const actor = requireActor(request);
      await auth.changePassword(actor, request.sessionToken!, request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send();
    });
  };
}
