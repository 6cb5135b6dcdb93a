import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, kodeWilayah } from '../../db/columns';
import { tenants } from '../tenancy/tenant.table';

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/**
 * The outbox: a message is written in the same transaction as the change that causes it, then a
 * dispatcher hands it to a channel (WhatsApp, SMS, email, log) and retries with back-off. `dedupeKey`
 * makes enqueueing idempotent (one reminder per participant per session, however often the scheduler runs).
 */
export const notifications = pgTable(
  'notifications',
  {
    kodeWilayah: kodeWilayah().references(() => tenants.kodeWilayah),
    id: uuid('id').notNull(),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    template: text('template').notNull(),
    params: jsonb('params').$type<Record<string, string | number>>().notNull(),
    locale: text('locale').notNull().default('id'),
    dedupeKey: text('dedupe_key').notNull(),
    status: text('status', { enum: NOTIFICATION_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    unique('notifications_dedupe_uq').on(t.kodeWilayah, t.dedupeKey),
    index('notifications_due_idx').on(t.status, t.nextAttemptAt),
    index('notifications_created_idx').on(t.kodeWilayah, t.createdAt),
  ],
);
