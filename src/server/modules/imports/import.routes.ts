import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/session';
import { neutraliseCell } from '../../lib/spreadsheet-safety';
import { IMPORT_MESSAGES } from './import.messages';
import {
  commitResult,
  dryRunResult,
  importList,
  importParams,
  importView,
  mappingBody,
  reportQuery,
  uploadQuery,
} from './import.schemas';
import type { ImportService } from './import.service';
import { kodeWilayahSchema } from '../../kernel/region-code';

const tenantParams = z.object({ kw: kodeWilayahSchema });

/** Content types a browser or a script may send a spreadsheet with; the body is streamed, never buffered. */
const UPLOAD_TYPES = [
  'application/octet-stream',
  'text/csv',
  'text/plain',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** Fills {{name}} placeholders of a message text. */
export function interpolate(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** Import endpoints: upload (raw body), mapping, dry run, problem report, commit. */
export function importRoutes(imports: ImportService): FastifyPluginAsyncZod {
  return async (app) => {
    // Encapsulated to this plugin: other routes keep Fastify's JSON parser and its body limit.
    app.addContentTypeParser(UPLOAD_TYPES, (_request, payload, done) => done(null, payload));

    app.post(
      '/api/tenants/:kw/imports',
      {
        schema: {
          tags: ['imports'],
          description: 'Upload a .xlsx or .csv file as the raw request body (Content-Type application/octet-stream).',
          params: tenantParams,
          querystring: uploadQuery,
          response: { 201: importView },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const view = await imports.upload(actor, request.params.kw, request.query, request.body as Readable);
        return reply.status(201).send(view);
      },
    );

    app.get('/api/tenants/:kw/imports', { schema: { tags: ['imports'], params: tenantParams, response: { 200: importList } } }, async (request) =>
      imports.list(requireActor(request), request.params.kw),
    );

    app.get('/api/tenants/:kw/imports/:id', { schema: { tags: ['imports'], params: importParams, response: { 200: importView } } }, async (request) =>
      imports.get(requireActor(request), request.params.kw, request.params.id),
    );

    app.put(
      '/api/tenants/:kw/imports/:id/mapping',
      { schema: { tags: ['imports'], params: importParams, body: mappingBody, response: { 200: importView } } },
      async (request) => imports.setMapping(requireActor(request), request.params.kw, request.params.id, request.body),
    );

    app.post(
      '/api/tenants/:kw/imports/:id/dry-run',
      { schema: { tags: ['imports'], params: importParams, response: { 200: dryRunResult } } },
      async (request) => imports.dryRun(requireActor(request), request.params.kw, request.params.id),
    );

    app.get(
      '/api/tenants/:kw/imports/:id/report.csv',
      { schema: { tags: ['imports'], params: importParams, querystring: reportQuery } },
      async (request, reply) => {
        const { lang } = request.query;
        const report = await imports.prepareReport(requireActor(request), request.params.kw, request.params.id);
        const csv = stringify({ delimiter: ';', bom: true });
        const out = new PassThrough();
        csv.pipe(out);
        const header = lang === 'en' ? ['Row', 'Column', 'Level', 'Message'] : ['Baris', 'Kolom', 'Tingkat', 'Pesan'];
        const levels = lang === 'en' ? { error: 'error', warning: 'warning', info: 'info' } : { error: 'galat', warning: 'peringatan', info: 'info' };
        csv.write(header);
        report
          .run((views) => {
            for (const v of views) {
              const text = IMPORT_MESSAGES[v.messageKey]?.[lang] ?? v.messageKey;
              csv.write([v.rowNumber, neutraliseCell(v.column ?? ''), levels[v.severity], neutraliseCell(interpolate(text, v.params))]);
            }
          })
          .then(() => csv.end(), (err: unknown) => out.destroy(err as Error));
        const base = report.fileName.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_');
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${base}-laporan.csv"`)
          .send(out);
      },
    );

    app.post(
      '/api/tenants/:kw/imports/:id/commit',
      { schema: { tags: ['imports'], params: importParams, response: { 200: commitResult } } },
      async (request) => imports.commit(requireActor(request), request.params.kw, request.params.id),
    );
  };
}
