import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';
import { NUL_BYTE_KEY, nulPaths } from '../kernel/nul-byte';

/**
 * The NUL byte (U+0000) at the edge. PostgreSQL (and the embedded store) cannot keep it in `text` or
 * `jsonb`, so any request string carrying one used to reach the database and fail there as a 500. It is
 * never meaningful in Berdaya's data: refuse it once, here, for every route, before schema validation.
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `'items'`: the route checks its body item by item itself (the field app's sync answers each check-in
     * on its own, so one bad item must not refuse the whole batch). Query and path are still checked.
     */
    nulGuard?: 'items';
  }
}

/** The 422 for NUL bytes at `paths`: one field problem each, under the one error type. */
export function nulByteError(paths: string[]): AppError {
  return new AppError('validation', NUL_BYTE_KEY, paths.map((field) => ({ field, messageKey: NUL_BYTE_KEY })));
}

/**
 * Refuses (422 `errors.nulByte`, one field problem per offending parameter or body field, named as the
 * schema errors name them: `q`, `owner.fullName`) any request whose path, query or JSON body holds U+0000.
 */
export function installNulGuard(app: FastifyInstance): void {
  // preValidation: the body is parsed by now, and nothing has been validated or stored yet.
  app.addHook('preValidation', async (request) => {
    const paths = [
      ...nulPaths(request.params),
      ...nulPaths(request.query),
      ...(request.routeOptions.config.nulGuard === 'items' ? [] : nulPaths(request.body)),
    ];
    if (paths.length) throw nulByteError(paths);
  });
}
