import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { kodeWilayah } from '../../db/columns';
import { tenants } from '../tenancy/tenant.table';

/**
 * Append-only audit trail: who changed what, when, with the record before and after.
 * No foreign key to users or the audited rows: the trail must outlive what it describes.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    kodeWilayah: kodeWilayah().references(() => tenants.kodeWilayah),
    id: uuid('id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    index('audit_log_at_idx').on(t.kodeWilayah, t.at),
    index('audit_log_entity_idx').on(t.kodeWilayah, t.entity, t.entityId),
  ],
);
