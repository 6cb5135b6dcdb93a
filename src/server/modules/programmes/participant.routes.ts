import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/session';
import type { AttendanceService } from './attendance.service';
import type { ParticipantService } from './participant.service';
import {
  attendanceList, certificateVerification, checkinInput, checkinResult, completionResult, decisionInput, idParams, nominationInput,
  participantList, participantView, revokeInput,
} from './programme.schemas';
import { kodeWilayahSchema } from '../../kernel/region-code';

const certificateParams = z.object({ kw: kodeWilayahSchema, id: z.uuid() });

/** Participants (screening, nominations, decisions), attendance, completion, certificates and their public check. */
export function participantRoutes(participants: ParticipantService, attendance: AttendanceService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['programmes'];
    app.get('/api/tenants/:kw/batches/:id/participants', { schema: { tags, params: idParams, response: { 200: participantList } } }, async (request) =>
      participants.list(requireActor(request), request.params.kw, request.params.id),
    );
    app.post(
      '/api/tenants/:kw/batches/:id/participants',
      { schema: { tags, params: idParams, body: nominationInput, response: { 201: participantView } } },
      async (request, reply) => reply.code(201).send(await participants.nominate(requireActor(request), request.params.kw, request.params.id, request.body)),
    );
    app.post(
      '/api/tenants/:kw/participants/:id/decision',
      { schema: { tags, params: idParams, body: decisionInput, response: { 200: participantView } } },
      async (request) => participants.decide(requireActor(request), request.params.kw, request.params.id, request.body),
    );
    app.get('/api/tenants/:kw/sessions/:id/attendance', { schema: { tags, params: idParams, response: { 200: attendanceList } } }, async (request) =>
      attendance.attendance(requireActor(request), request.params.kw, request.params.id),
    );
    app.post(
      '/api/tenants/:kw/sessions/:id/checkins',
      { schema: { tags, params: idParams, body: checkinInput, response: { 200: checkinResult } } },
      async (request) => attendance.checkIn(requireActor(request), request.params.kw, request.params.id, request.body),
    );
    app.post('/api/tenants/:kw/batches/:id/complete', { schema: { tags, params: idParams, response: { 200: completionResult } } }, async (request) =>
      attendance.complete(requireActor(request), request.params.kw, request.params.id),
    );
    app.get(
      '/api/tenants/:kw/certificates/:id.pdf',
      { schema: { tags, params: certificateParams, querystring: z.object({ lang: z.enum(['id', 'en']).default('id') }) } },
      async (request, reply) => {
        const pdf = await attendance.certificatePdf(requireActor(request), request.params.kw, request.params.id, request.query.lang);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="sertifikat-${request.params.id.slice(0, 8)}.pdf"`)
          .send(pdf);
      },
    );
    app.post(
      '/api/tenants/:kw/certificates/:id/revoke',
      { schema: { tags, params: certificateParams, body: revokeInput } },
      async (request, reply) => {
        await attendance.revoke(requireActor(request), request.params.kw, request.params.id, request.body.reason);
        return reply.code(204).send();
      },
    );
    app.get(
      '/api/public/certificates/:kw/:code',
      {
        schema: { tags, security: [], params: z.object({ kw: kodeWilayahSchema, code: z.string().max(40) }), response: { 200: certificateVerification } },
        config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      },
      async (request) => attendance.verify(request.params.kw, request.params.code.toUpperCase()),
    );
  };
}
