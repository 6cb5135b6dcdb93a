import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/session';
import type { RegistryService } from '../registry/registry.service';
import type { AuditService } from './audit.service';
import { kodeWilayahSchema } from '../../kernel/region-code';

const auditQuery = z.object({
  entity: z.enum(['business', 'owner', 'tenant', 'user', 'import']).optional(),
  entityId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const auditPage = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      at: z.string(),
      actorName: z.string(),
      action: z.string(),
      entity: z.string(),
      entityId: z.string(),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
  page: z.number().int(),
  pageSize: z.number().int(),
  hasMore: z.boolean(),
});

/**
 * The audit trail: admins browse all of a regency's; anyone who may read a business sees that
 * business's history (and its owner's), with personal data masked for roles that may not see it.
 * Who sees what is decided in the service by `audit.policy.ts`.
 */
export function auditRoutes(audit: AuditService, registry: RegistryService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/tenants/:kw/audit',
      {
        schema: {
          tags: ['audit'],
          params: z.object({ kw: kodeWilayahSchema }),
          querystring: auditQuery,
          response: { 200: auditPage },
        },
      },
      async (request) => {
        const { page, pageSize } = request.query;
        const result = await audit.browse(requireActor(request), request.params.kw, request.query, (actor, kw, id) => registry.assertReadable(actor, kw, id));
        return { ...result, page, pageSize, items: result.items.map((r) => ({ ...r, at: r.at.toISOString() })) };
      },
    );
  };
}
