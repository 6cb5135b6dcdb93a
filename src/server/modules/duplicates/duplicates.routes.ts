import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/session';
import { decisionBody, mergeList, mergeQuery, mergeView, pairList, pairParams, pairQuery, pairView, scanResult } from './duplicates.schemas';
import type { DuplicatesService } from './duplicates.service';
import { kodeWilayahSchema } from '../../kernel/region-code';

const tenantParams = z.object({ kw: kodeWilayahSchema });

/** Duplicate queue, scan, decisions, merges and undo: thin routes over the duplicates service. */
export function duplicatesRoutes(duplicates: DuplicatesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/tenants/:kw/duplicates',
      { schema: { tags: ['duplicates'], params: tenantParams, querystring: pairQuery, response: { 200: pairList } } },
      async (request) => duplicates.list(requireActor(request), request.params.kw, request.query),
    );
    app.post(
      '/api/tenants/:kw/duplicates/scan',
      { schema: { tags: ['duplicates'], params: tenantParams, response: { 200: scanResult } } },
      async (request) => duplicates.scan(requireActor(request), request.params.kw),
    );
    app.post(
      '/api/tenants/:kw/duplicates/:id/decision',
      { schema: { tags: ['duplicates'], params: pairParams, body: decisionBody, response: { 200: pairView } } },
      async (request) => duplicates.decide(requireActor(request), request.params.kw, request.params.id, request.body),
    );
    app.get(
      '/api/tenants/:kw/merges',
      { schema: { tags: ['duplicates'], params: tenantParams, querystring: mergeQuery, response: { 200: mergeList } } },
      async (request) => duplicates.listMerges(requireActor(request), request.params.kw, request.query),
    );
    app.post(
      '/api/tenants/:kw/merges/:id/undo',
      { schema: { tags: ['duplicates'], params: pairParams, response: { 200: mergeView } } },
      async (request) => duplicates.undo(requireActor(request), request.params.kw, request.params.id),
    );
  };
}
