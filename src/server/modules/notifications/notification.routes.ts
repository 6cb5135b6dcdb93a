import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/session';
import { notificationList, notificationQuery } from './notification.schemas';
import type { NotificationService } from './notification.service';
import { kodeWilayahSchema } from '../../kernel/region-code';

const tenantParams = z.object({ kw: kodeWilayahSchema });

/** The regency's outbox for admins (what was sent to whom, what failed and why): a thin route over the service. */
export function notificationRoutes(notifications: NotificationService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/tenants/:kw/notifications',
      { schema: { tags: ['notifications'], params: tenantParams, querystring: notificationQuery, response: { 200: notificationList } } },
      async (request) => ({
        ...(await notifications.list(requireActor(request), request.params.kw, request.query)),
        page: request.query.page,
        pageSize: request.query.pageSize,
      }),
    );
  };
}
