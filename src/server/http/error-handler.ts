import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, fail, httpStatusOf, isStatementTimeout, type FieldProblem } from '../errors';

/** The JSON body of every error reply. */
export interface ErrorBody {
  error: { code: string; messageKey: string; params: Record<string, string | number>; fields: FieldProblem[] };
}

const pick = (params: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(keys.flatMap((k) => (typeof params[k] === 'number' || typeof params[k] === 'string' ? [[k, params[k]]] : [])));

/** Maps schema failures to field problems with i18n keys the web app translates (validation.too_small, …). */
function schemaFieldProblems(error: { validation: { instancePath: string; keyword: string; params: Record<string, unknown> }[] }): FieldProblem[] {
  return error.validation.map((v) => {
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    return {
      field: path || (typeof v.params.key === 'string' ? v.params.key : ''),
      messageKey: `validation.${v.keyword}`,
      params: pick(v.params, ['minimum', 'maximum', 'expected', 'format']),
    };
  });
}

/** Installs the one place where errors become HTTP replies. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((raw: FastifyError, request, reply) => {
    let status: number;
    let body: ErrorBody;
    // A statement over its time limit is the request's fault, not a server failure: say so plainly.
    const err = isStatementTimeout(raw) ? (fail.queryTimeout() as unknown as FastifyError) : raw;
    if (isStatementTimeout(raw)) request.log.warn({ url: request.url }, 'statement time limit reached');
    if (err instanceof AppError) {
      status = httpStatusOf[err.code];
      body = { error: { code: err.code, messageKey: err.messageKey, params: err.params, fields: err.fields } };
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      status = httpStatusOf.validation;
      body = { error: { code: 'validation', messageKey: 'errors.validation', params: {}, fields: schemaFieldProblems(err) } };
    } else if (err.statusCode === 429) {
      status = 429;
      body = { error: { code: 'rate_limited', messageKey: 'errors.rateLimited', params: {}, fields: [] } };
    } else if (err.statusCode === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      status = 413;
      body = { error: { code: 'payload_too_large', messageKey: 'errors.payloadTooLarge', params: {}, fields: [] } };
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Malformed JSON, wrong content type and similar client mistakes.
      status = err.statusCode;
      body = { error: { code: 'validation', messageKey: 'errors.badRequest', params: {}, fields: [] } };
    } else {
      if (isResponseSerializationError(err)) request.log.error({ issues: err.cause.issues }, 'response did not match its schema');
      request.log.error(err);
      status = 500;
      body = { error: { code: 'internal', messageKey: 'errors.internal', params: {}, fields: [] } };
    }
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', messageKey: 'errors.notFound', params: {}, fields: [] } }),
  );
}
