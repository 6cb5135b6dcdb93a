import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/session';
import {
  businessDetail,
  businessParams,
  createBusinessBody,
  deleteQuery,
  searchQuery,
  searchResult,
  tenantParams,
  updateBusinessBody,
} from './registry.schemas';
import type { RegistryService } from './registry.service';

const exportQuery = searchQuery.extend({ lang: z.enum(['id', 'en']).default('id') });

/** Registry endpoints: thin — validate, take the actor, call the service. */
export function registryRoutes(registry: RegistryService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/tenants/:kw/businesses',
      { schema: { tags: ['registry'], params: tenantParams, querystring: searchQuery, response: { 200: searchResult } } },
      async (request) => registry.search(requireActor(request), request.params.kw, request.query),
    );

    app.get(
      '/api/tenants/:kw/businesses/export.:format',
      {
        schema: {
          tags: ['registry'],
          description: 'The filtered registry as a file: export.csv or export.xlsx, same filters as the list.',
          params: tenantParams.extend({ format: z.enum(['csv', 'xlsx']) }),
          querystring: exportQuery,
        },
      },
      async (request, reply) => {
        const { format, kw } = request.params;
        const { lang, page: _p, pageSize: _s, ...filters } = request.query;
        const stream = registry.exportFile(requireActor(request), kw, filters, format, lang);
        const stamp = new Date().toISOString().slice(0, 10);
        return reply
          .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="umkm-${kw}-${stamp}.${format}"`)
          .send(stream);
      },
    );

    app.post(
      '/api/tenants/:kw/businesses',
      { schema: { tags: ['registry'], params: tenantParams, body: createBusinessBody, response: { 201: businessDetail } } },
      async (request, reply) => reply.status(201).send(await registry.create(requireActor(request), request.params.kw, request.body)),
    );

    app.get(
      '/api/tenants/:kw/businesses/:id',
      { schema: { tags: ['registry'], params: businessParams, response: { 200: businessDetail } } },
      async (request) => registry.get(requireActor(request), request.params.kw, request.params.id),
    );

    app.put(
      '/api/tenants/:kw/businesses/:id',
      { schema: { tags: ['registry'], params: businessParams, body: updateBusinessBody, response: { 200: businessDetail } } },
      async (request) => registry.update(requireActor(request), request.params.kw, request.params.id, request.body),
    );

    app.delete(
      '/api/tenants/:kw/businesses/:id',
      { schema: { tags: ['registry'], params: businessParams, querystring: deleteQuery } },
      async (request, reply) => {
        await registry.remove(requireActor(request), request.params.kw, request.params.id, request.query.version);
        return reply.status(204).send();
      },
    );
  };
}
