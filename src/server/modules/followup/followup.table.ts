import { sql } from 'drizzle-orm';
import { customType, date, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, kodeWilayah } from '../../db/columns';
import { rupiah } from '../../kernel/columns';
import { participants, programmes } from '../programmes/programme.table';
import { BUSINESS_STATUSES, businesses } from '../registry/registry.table';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * A follow-up due for a participant who completed a programme: one per participant per offset (months
 * after completion), so completing a batch twice or re-running the plan creates nothing. The assistant is
 * not stored: whoever covers the business's kecamatan when the list is read does the visit.
 */
export const followupTasks = pgTable(
  'followup_tasks',
  {
    kodeWilayah: kodeWilayah(),
    id: uuid('id').notNull(),
    programmeId: uuid('programme_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    businessId: uuid('business_id').notNull(),
    offsetMonths: integer('offset_months').notNull(),
    dueOn: date('due_on').notNull(),
    doneOn: date('done_on'),
    checkinId: uuid('checkin_id'),
    /** When the owner's self-report link was last sent (a link is sent at most once a day). */
    linkSentAt: timestamp('link_sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    unique('followup_tasks_participant_offset_uq').on(t.kodeWilayah, t.participantId, t.offsetMonths),
    foreignKey({ columns: [t.kodeWilayah, t.programmeId], foreignColumns: [programmes.kodeWilayah, programmes.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.kodeWilayah, t.participantId], foreignColumns: [participants.kodeWilayah, participants.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.kodeWilayah, t.businessId], foreignColumns: [businesses.kodeWilayah, businesses.id] }),
    index('followup_tasks_due_idx').on(t.kodeWilayah, t.dueOn),
    index('followup_tasks_business_idx').on(t.kodeWilayah, t.businessId),
  ],
);

/**
 * One visit or report, append-only. `id` is made by the device and is the idempotency key: the same
 * check-in sent twice is stored once. A conflict (the registry changed since the device's version) keeps
 * the registry's values beside the check-in's until someone chooses.
 */
export const followupCheckins = pgTable(
  'followup_checkins',
  {
    kodeWilayah: kodeWilayah(),
    id: uuid('id').notNull(),
    businessId: uuid('business_id').notNull(),
    taskId: uuid('task_id'),
    channel: text('channel', { enum: ['app', 'self', 'office'] }).notNull(),
    recordedByUserId: uuid('recorded_by_user_id'),
    recordedByName: text('recorded_by_name').notNull(),
    visitedOn: date('visited_on').notNull(),
    status: text('status', { enum: BUSINESS_STATUSES }).notNull(),
    statusReason: text('status_reason'),
    monthlySales: rupiah('monthly_sales'),
    workersMale: integer('workers_male'),
    workersFemale: integer('workers_female'),
    newProducts: text('new_products'),
    salesChannels: text('sales_channels').array(),
    licencesObtained: text('licences_obtained').array().notNull().default(sql`'{}'::text[]`),
    problems: text('problems'),
    needs: text('needs').array().notNull().default(sql`'{}'::text[]`),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    baseVersion: integer('base_version'),
    conflictFields: text('conflict_fields').array(),
    /** The registry's values when the conflict was found. */
    conflictRegistry: jsonb('conflict_registry').$type<Record<string, unknown>>(),
    conflictResolvedAt: timestamp('conflict_resolved_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    foreignKey({ columns: [t.kodeWilayah, t.businessId], foreignColumns: [businesses.kodeWilayah, businesses.id] }),
    index('followup_checkins_business_idx').on(t.kodeWilayah, t.businessId, t.visitedOn),
  ],
);

/** A check-in's photo, apart so lists never read it; written in the same transaction as the check-in. */
export const followupPhotos = pgTable(
  'followup_photos',
  {
    kodeWilayah: kodeWilayah(),
    checkinId: uuid('checkin_id').notNull(),
    mime: text('mime').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.checkinId] }),
    foreignKey({ columns: [t.kodeWilayah, t.checkinId], foreignColumns: [followupCheckins.kodeWilayah, followupCheckins.id] }).onDelete('cascade'),
  ],
);
