import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/session';
import {
  batchInput, idParams, programmeInput, programmeList, programmeQuery, programmeReport, programmeUpdate, programmeView, reportQuery,
  sessionInput, tenantParams,
} from './programme.schemas';
import type { ProgrammeService } from './programme.service';
import type { ReportService } from './report.service';

/** Programmes, batches, sessions and the programme report: thin routes over the services. */
export function programmeRoutes(programmes: ProgrammeService, reports: ReportService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['programmes'];
    app.get('/api/tenants/:kw/programmes', { schema: { tags, params: tenantParams, querystring: programmeQuery, response: { 200: programmeList } } }, async (request) =>
      programmes.list(requireActor(request), request.params.kw, request.query),
    );
    app.post(
      '/api/tenants/:kw/programmes',
      { schema: { tags, params: tenantParams, body: programmeInput, response: { 201: programmeView } } },
      async (request, reply) => reply.code(201).send(await programmes.create(requireActor(request), request.params.kw, request.body)),
    );
    app.get('/api/tenants/:kw/programmes/:id', { schema: { tags, params: idParams, response: { 200: programmeView } } }, async (request) =>
      programmes.get(requireActor(request), request.params.kw, request.params.id),
    );
    app.put('/api/tenants/:kw/programmes/:id', { schema: { tags, params: idParams, body: programmeUpdate, response: { 200: programmeView } } }, async (request) =>
      programmes.update(requireActor(request), request.params.kw, request.params.id, request.body),
    );
    app.post(
      '/api/tenants/:kw/programmes/:id/batches',
      { schema: { tags, params: idParams, body: batchInput, response: { 201: programmeView } } },
      async (request, reply) => reply.code(201).send(await programmes.addBatch(requireActor(request), request.params.kw, request.params.id, request.body)),
    );
    app.put('/api/tenants/:kw/batches/:id', { schema: { tags, params: idParams, body: batchInput, response: { 200: programmeView } } }, async (request) =>
      programmes.updateBatch(requireActor(request), request.params.kw, request.params.id, request.body),
    );
    app.post('/api/tenants/:kw/batches/:id/sessions', { schema: { tags, params: idParams, body: sessionInput, response: { 200: programmeView } } }, async (request) =>
      programmes.addSession(requireActor(request), request.params.kw, request.params.id, request.body),
    );
    app.delete('/api/tenants/:kw/sessions/:id', { schema: { tags, params: idParams, response: { 200: programmeView } } }, async (request) =>
      programmes.removeSession(requireActor(request), request.params.kw, request.params.id),
    );
    app.get('/api/tenants/:kw/programme-report', { schema: { tags, params: tenantParams, querystring: reportQuery, response: { 200: programmeReport } } }, async (request) =>
      reports.report(requireActor(request), request.params.kw, request.query.year),
    );
  };
}
