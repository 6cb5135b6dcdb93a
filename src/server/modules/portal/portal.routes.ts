import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor, setSessionCookie } from '../../http/session';
import type { OwnerProgrammeService } from '../programmes/owner-programmes.service';
import type { ParticipantService } from '../programmes/participant.service';
import { myApplication } from './portal.schemas';
import {
  applyBody, claimDecision, claimList, claimView, linkBody, linkResult, myApplications, needsBody, newBusinessBody, openProgrammeList, portalMe,
  regencyList, signupBody, signupStarted, verifyBody,
} from './portal.schemas';
import type { PortalService } from './portal.service';
import type { SignupService } from './portal-signup.service';
import { kodeWilayahSchema } from '../../kernel/region-code';

const tenantParams = z.object({ kw: kodeWilayahSchema });
/** Link attempts one owner account may make per hour. */
export const LINK_ATTEMPTS_PER_HOUR = 5;
const idParams = tenantParams.extend({ id: z.uuid() });

export interface PortalRouteDeps {
  signup: SignupService;
  portal: PortalService;
  ownerProgrammes: OwnerProgrammeService;
  participants: ParticipantService;
  cookie: { secure: boolean; ttlHours: number };
}

/** The owner portal's API: public sign-up, then the owner's own records, needs, programmes and applications. */
export function portalRoutes({ signup, portal, ownerProgrammes, participants, cookie }: PortalRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['portal'];
    const publicRoute = { tags, security: [] };
    app.get('/api/portal/regencies', { schema: { ...publicRoute, response: { 200: regencyList } } }, async () => signup.regencies());
    app.post(
      '/api/portal/signup',
      { schema: { ...publicRoute, body: signupBody, response: { 200: signupStarted } }, config: { rateLimit: { max: 10, timeWindow: '15 minutes' } } },
      async (request) => signup.start(request.body),
    );
    app.post(
      '/api/portal/signup/verify',
      { schema: { ...publicRoute, body: verifyBody, response: { 200: portalMe } }, config: { rateLimit: { max: 30, timeWindow: '15 minutes' } } },
      async (request, reply) => {
        const { token, actor } = await signup.verify(request.body);
        setSessionCookie(reply, token, cookie);
        return portal.me(actor, request.body.kodeWilayah);
      },
    );

    app.get('/api/tenants/:kw/portal/me', { schema: { tags, params: tenantParams, response: { 200: portalMe } } }, async (request) =>
      portal.me(requireActor(request), request.params.kw),
    );
    // Limited per account (the session resolver runs before this route's limit): each owner may try a few
    // NIKs, not test the registry. Without a session the address is the key (the route answers 401 anyway).
    app.post(
      '/api/tenants/:kw/portal/link',
      {
        schema: { tags, params: tenantParams, body: linkBody, response: { 200: linkResult } },
        config: { rateLimit: { max: LINK_ATTEMPTS_PER_HOUR, timeWindow: '1 hour', keyGenerator: (request) => (request.actor ? `link:${request.actor.userId}` : `link-ip:${request.ip}`) } },
      },
      async (request) => portal.link(requireActor(request), request.params.kw, request.body.nik),
    );
    app.post('/api/tenants/:kw/portal/businesses', { schema: { tags, params: tenantParams, body: newBusinessBody, response: { 200: portalMe } } }, async (request) =>
      portal.proposeBusiness(requireActor(request), request.params.kw, request.body),
    );
    app.post('/api/tenants/:kw/portal/needs', { schema: { tags, params: tenantParams, body: needsBody, response: { 200: portalMe } } }, async (request) =>
      portal.stateNeeds(requireActor(request), request.params.kw, request.body),
    );
    app.get('/api/tenants/:kw/portal/programmes', { schema: { tags, params: tenantParams, response: { 200: openProgrammeList } } }, async (request) =>
      ownerProgrammes.open(requireActor(request), request.params.kw),
    );
    const myApplicationOf = async (actor: ReturnType<typeof requireActor>, kw: string, id: string) =>
      (await ownerProgrammes.applications(actor, kw)).items.find((a) => a.id === id)!;
    app.get('/api/tenants/:kw/portal/applications', { schema: { tags, params: tenantParams, response: { 200: myApplications } } }, async (request) =>
      ownerProgrammes.applications(requireActor(request), request.params.kw),
    );
    app.post(
      '/api/tenants/:kw/portal/applications',
      { schema: { tags, params: tenantParams, body: applyBody, response: { 201: myApplication } } },
      async (request, reply) => {
        const actor = requireActor(request);
        const created = await participants.apply(actor, request.params.kw, request.body);
        return reply.code(201).send(await myApplicationOf(actor, request.params.kw, created.id));
      },
    );
    app.post('/api/tenants/:kw/portal/applications/:id/withdraw', { schema: { tags, params: idParams, response: { 200: myApplication } } }, async (request) => {
      const actor = requireActor(request);
      await participants.withdrawOwn(actor, request.params.kw, request.params.id);
      return myApplicationOf(actor, request.params.kw, request.params.id);
    });
    app.get('/api/tenants/:kw/portal/applications/:id/qr.svg', { schema: { tags, params: idParams } }, async (request, reply) =>
      reply.type('image/svg+xml').header('cache-control', 'private, max-age=300').send(await ownerProgrammes.qr(requireActor(request), request.params.kw, request.params.id)),
    );

    app.get('/api/tenants/:kw/owner-claims', {
      schema: { tags, params: tenantParams, querystring: z.object({ status: z.enum(['pending', 'approved', 'rejected']).default('pending') }), response: { 200: claimList } },
    }, async (request) => portal.listClaims(requireActor(request), request.params.kw, request.query.status));
    app.post('/api/tenants/:kw/owner-claims/:id/decision', { schema: { tags, params: idParams, body: claimDecision, response: { 200: claimView } } }, async (request) =>
      portal.decideClaim(requireActor(request), request.params.kw, request.params.id, request.body),
    );
  };
}
