import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/session';
import type { CheckinService } from './checkin.service';
import {
  alertList, alertsQuery, checkinAnswer, checkinInput, checkinList, checkinListQuery, fieldPack, idParams, outcomesQuery, outcomesReply,
  resolveInput, resolveReply, selfReportInput, selfReportLinkReply, selfReportView, syncInput, syncReply, tenantParams, tokenParams,
  worklist, worklistQuery,
} from './followup.schemas';
import type { FollowupService } from './followup.service';
import type { OutcomeService } from './outcome.service';
import { renderOutcomesXlsx } from './outcomes.xlsx';
import type { SelfReportService } from './self-report.service';

export interface FollowupRouteDeps {
  followup: FollowupService;
  checkins: CheckinService;
  outcomes: OutcomeService;
  selfReport: SelfReportService;
}

/** Follow-up monitoring: worklists, the field app's pack and sync, check-ins, outcomes, alerts, self-report links. */
export function followupRoutes({ followup, checkins, outcomes, selfReport }: FollowupRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['followup'];
    const base = '/api/tenants/:kw/followup';

    app.get(`${base}/worklist`, { schema: { tags, params: tenantParams, querystring: worklistQuery, response: { 200: worklist } } }, async (request) =>
      followup.worklist(requireActor(request), request.params.kw, request.query),
    );
    app.get(`${base}/field-pack`, { schema: { tags, params: tenantParams, querystring: worklistQuery.pick({ kecamatan: true }), response: { 200: fieldPack } } }, async (request) =>
      followup.fieldPack(requireActor(request), request.params.kw, request.query),
    );
    app.post(`${base}/checkins`, { schema: { tags, params: tenantParams, body: checkinInput, response: { 200: checkinAnswer } } }, async (request) =>
      checkins.recordOne(requireActor(request), request.params.kw, request.body),
    );
    // Up to 100 queued check-ins (photos included: up to ~55 MB); each answered stored / duplicate / conflict / rejected.
    app.post(
      `${base}/sync`,
      // Items are judged one by one (a NUL byte in one check-in rejects that one, not the batch).
      { schema: { tags, params: tenantParams, body: syncInput, response: { 200: syncReply } }, bodyLimit: 60 * 1024 * 1024, config: { nulGuard: 'items' } },
      async (request) => checkins.sync(requireActor(request), request.params.kw, request.body.checkins),
    );
    app.get(`${base}/checkins`, { schema: { tags, params: tenantParams, querystring: checkinListQuery, response: { 200: checkinList } } }, async (request) =>
      checkins.list(requireActor(request), request.params.kw, request.query),
    );
    app.get(`${base}/checkins/:id/photo`, { schema: { tags, params: idParams } }, async (request, reply) => {
      const photo = await checkins.photo(requireActor(request), request.params.kw, request.params.id);
      return reply.type(photo.mime).header('cache-control', 'private, max-age=86400').send(photo.bytes);
    });
    app.post(`${base}/checkins/:id/resolve`, { schema: { tags, params: idParams, body: resolveInput, response: { 200: resolveReply } } }, async (request) =>
      checkins.resolve(requireActor(request), request.params.kw, request.params.id, request.body),
    );
    app.post(`${base}/tasks/:id/self-report-link`, { schema: { tags, params: idParams, response: { 200: selfReportLinkReply } } }, async (request) =>
      followup.sendSelfReportLink(requireActor(request), request.params.kw, request.params.id),
    );
    app.get(`${base}/outcomes`, { schema: { tags, params: tenantParams, querystring: outcomesQuery, response: { 200: outcomesReply } } }, async (request) =>
      outcomes.outcomes(requireActor(request), request.params.kw, request.query),
    );
    app.get(`${base}/outcomes.xlsx`, { schema: { tags, params: tenantParams, querystring: outcomesQuery } }, async (request, reply) => {
      const result = await outcomes.outcomes(requireActor(request), request.params.kw, request.query);
      const body = await renderOutcomesXlsx(result, request.query.lang);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="hasil-pendampingan-${request.params.kw}-${result.asOf}.xlsx"`)
        .send(body);
    });
    app.get(`${base}/alerts`, { schema: { tags, params: tenantParams, querystring: alertsQuery, response: { 200: alertList } } }, async (request) =>
      outcomes.alerts(requireActor(request), request.params.kw, request.query.dropPercent),
    );

    // The owner's personal link: no login, so rate-limited per address like the portal's public routes.
    const publicRoute = { tags, security: [] };
    app.get(
      '/api/self-report/:token',
      { schema: { ...publicRoute, params: tokenParams, response: { 200: selfReportView } }, config: { rateLimit: { max: 60, timeWindow: '15 minutes' } } },
      async (request) => selfReport.view(request.params.token),
    );
    app.post(
      '/api/self-report/:token',
      { schema: { ...publicRoute, params: tokenParams, body: selfReportInput, response: { 200: checkinAnswer } }, config: { rateLimit: { max: 30, timeWindow: '15 minutes' } } },
      async (request) => selfReport.submit(request.params.token, request.body),
    );
  };
}
