import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/session';
import { defaultLetterhead } from '../tenancy/tenant.service';
import { recapLabels } from './recap.labels';
import { renderRecapPdf } from './recap.pdf';
import type { RecapService } from './recap.service';
import { renderRecapXlsx } from './recap.xlsx';
import { kodeWilayahSchema } from '../../kernel/region-code';

const params = z.object({ kw: kodeWilayahSchema });
const query = z.object({
  year: z.coerce.number().int().min(2000).max(2100).default(() => new Date().getFullYear()),
  lang: z.enum(['id', 'en']).default('id'),
});
const counts = {
  micro: z.number().int(),
  microWithNib: z.number().int(),
  microMovedUp: z.number().int(),
  newEntrepreneurs: z.number().int(),
  small: z.number().int(),
  medium: z.number().int(),
  total: z.number().int(),
};
const recapReport = z.object({
  kodeWilayah: z.string(),
  regencyName: z.string(),
  year: z.number().int(),
  generatedAt: z.string(),
  isDemo: z.boolean(),
  rows: z.array(z.object({ kecamatanCode: z.string(), kecamatanName: z.string(), ...counts })),
  total: z.object(counts),
});

const fileName = (kw: string, year: number, ext: string) => `rekap-umkm-${kw.replace('.', '')}-${year}.${ext}`;

/** The yearly recap as JSON, .xlsx and PDF with the office's letterhead. */
export function recapRoutes(recap: RecapService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/tenants/:kw/recap', { schema: { tags: ['recap'], params, querystring: query, response: { 200: recapReport } } }, async (request) =>
      recap.recap(requireActor(request), request.params.kw, request.query.year),
    );

    app.get('/api/tenants/:kw/recap.xlsx', { schema: { tags: ['recap'], params, querystring: query } }, async (request, reply) => {
      const report = await recap.recap(requireActor(request), request.params.kw, request.query.year);
      const body = await renderRecapXlsx(report, recapLabels(request.query.lang, report));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${fileName(report.kodeWilayah, report.year, 'xlsx')}"`)
        .send(body);
    });

    app.get('/api/tenants/:kw/recap.pdf', { schema: { tags: ['recap'], params, querystring: query } }, async (request, reply) => {
      const report = await recap.recap(requireActor(request), request.params.kw, request.query.year);
      const letterhead = (await recap.letterheadOf(report.kodeWilayah)) ?? defaultLetterhead(report.regencyName);
      const body = await renderRecapPdf(report, recapLabels(request.query.lang, report), letterhead);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName(report.kodeWilayah, report.year, 'pdf')}"`)
        .send(body);
    });
  };
}
