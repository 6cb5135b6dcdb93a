import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fail } from '../../errors';
import { requireActor } from '../../http/session';
import { mayBrowseAudit, seesPersonalData } from '../registry/registry.policy';
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
        const actor = requireActor(request);
        const { kw } = request.params;
        const { entity, entityId, page, pageSize } = request.query;
        let refs: { entity: string; entityId: string }[] | undefined;
        if (entity === 'business' && entityId && !mayBrowseAudit(actor, kw)) {
          const { ownerId } = await registry.assertReadable(actor, kw, entityId);
          refs = [{ entity: 'business', entityId }, { entity: 'owner', entityId: ownerId }];
        } else if (!mayBrowseAudit(actor, kw)) {
          throw fail.forbidden();
        } else if (entity === 'business' && entityId) {
          const { ownerId } = await registry.assertReadable(actor, kw, entityId).catch(() => ({ ownerId: '' }));
          refs = [{ entity: 'business', entityId }, ...(ownerId ? [{ entity: 'owner', entityId: ownerId }] : [])];
        } else if (entity && entityId) refs = [{ entity, entityId }];
        const result = await audit.list({
          kodeWilayah: kw,
          refs,
          entity: refs ? undefined : entity,
          page,
          pageSize,
          maskPersonalData: !seesPersonalData(actor, kw),
        });
        return { ...result, page, pageSize, items: result.items.map((r) => ({ ...r, at: r.at.toISOString() })) };
      },
    );
  };
}
