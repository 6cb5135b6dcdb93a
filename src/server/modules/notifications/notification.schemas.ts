import { z } from 'zod';
import { NOTIFICATION_STATUSES } from './notification.table';

/** Request and response shapes of the outbox API (admins look at what was sent, and what failed). */
export const notificationQuery = z.object({
  status: z.enum(NOTIFICATION_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type NotificationQuery = z.infer<typeof notificationQuery>;

/** One outbox message as admins see it: recipient masked, a sign-up code never shown. */
export const notificationView = z.object({
  id: z.uuid(),
  channel: z.string(),
  recipient: z.string(),
  template: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  locale: z.enum(['id', 'en']),
  /** The text as sent, rendered from the masked parameters; null when the template is no longer known. */
  text: z.string().nullable(),
  status: z.enum(NOTIFICATION_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const notificationList = z.object({
  items: z.array(notificationView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
