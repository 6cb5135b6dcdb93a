import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/session';
import { SCALE_RULES } from '../../kernel/scale-rules';
import type { TenantService } from './tenant.service';
import { kodeWilayahSchema } from '../../kernel/region-code';

const tenantView = z.object({ kodeWilayah: z.string(), name: z.string(), isDemo: z.boolean() });
const region = z.object({ code: z.string(), name: z.string() });
const line = z.string().trim().max(200);
const settings = z.object({
  scaleRuleId: z.enum(Object.keys(SCALE_RULES) as [string, ...string[]]),
  /** Duplicate pairs scoring at least this are merged without review; null: never (the default). */
  autoMergeThreshold: z.number().min(0.8).max(1).nullable().default(null),
  letterhead: z.object({
    government: line, office: line, address: line, contact: line, city: line, signerTitle: line, signerName: line,
  }),
});
const kwParams = z.object({ kw: kodeWilayahSchema });

/** Tenant list, tenant creation (superadmin), office settings and a tenant's regions; `tenant.policy.ts` decides who, in the service. */
export function tenantRoutes(tenants: TenantService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/tenants', { schema: { tags: ['tenants'], response: { 200: z.array(tenantView) } } }, async (request) => {
      const rows = await tenants.listFor(requireActor(request));
      return rows.map(({ kodeWilayah, name, isDemo }) => ({ kodeWilayah, name, isDemo }));
    });

    app.post(
      '/api/tenants',
      {
        schema: {
          tags: ['tenants'],
          body: z.object({ kodeWilayah: kodeWilayahSchema }),
          response: { 201: tenantView },
        },
      },
      async (request, reply) => {
        const { kodeWilayah, name, isDemo } = await tenants.addTenantAs(requireActor(request), request.body.kodeWilayah);
        return reply.status(201).send({ kodeWilayah, name, isDemo });
      },
    );

    app.get('/api/tenants/:kw/settings', { schema: { tags: ['tenants'], params: kwParams, response: { 200: settings } } }, async (request) => {
      const tenant = await tenants.settingsFor(requireActor(request), request.params.kw);
      return { scaleRuleId: tenant.scaleRuleId, letterhead: tenant.letterhead, autoMergeThreshold: tenant.autoMergeThreshold };
    });

    app.put(
      '/api/tenants/:kw/settings',
      { schema: { tags: ['tenants'], params: kwParams, body: settings, response: { 200: settings } } },
      async (request) => {
        const tenant = await tenants.updateSettings(requireActor(request), request.params.kw, request.body);
        return { scaleRuleId: tenant.scaleRuleId, letterhead: tenant.letterhead!, autoMergeThreshold: tenant.autoMergeThreshold };
      },
    );

    app.get(
      '/api/tenants/:kw/regions',
      {
        schema: {
          tags: ['tenants'],
          params: z.object({ kw: kodeWilayahSchema }),
          response: { 200: z.object({ regency: region, kecamatan: z.array(region.extend({ desa: z.array(region) })) }) },
        },
      },
      async (request) => {
        return tenants.regionsFor(requireActor(request), request.params.kw);
      },
    );
  };
}
