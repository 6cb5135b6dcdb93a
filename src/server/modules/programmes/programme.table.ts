import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, kodeWilayah, updatedAt } from '../../db/columns';
import { rupiah } from '../../kernel/columns';
import { businesses, LICENCE_KINDS, owners, SECTORS } from '../registry/registry.table';
import { tenants } from '../tenancy/tenant.table';

/** Kinds of empowerment activity the office runs. */
export const PROGRAMME_KINDS = ['training', 'mentoring', 'consultation', 'socialisation', 'study_visit', 'wub', 'other'] as const;
/**
 * Topics a programme teaches, which are also the needs an owner can state: one list, so "needs stated vs
 * programmes offered" compares like with like.
 */
export const TOPICS = [
  'capital', 'digital_marketing', 'packaging', 'bookkeeping', 'production', 'legality', 'halal', 'brand',
  'entrepreneurship', 'market_access', 'other',
] as const;
/** The four empowerment factors. */
export const FACTORS = ['capital', 'human_resources', 'partnership', 'market'] as const;
/** Kartasasmita's elements a programme claims. */
export const ELEMENTS = ['enabling', 'empowering', 'protecting'] as const;
export const PROGRAMME_STATUSES = ['draft', 'open', 'closed'] as const;
/** Where a participant's nomination came from. */
export const SOURCES = ['epokir', 'agency', 'topdown', 'musrenbang', 'self', 'assistant'] as const;
export const PARTICIPANT_STATUSES = ['applied', 'accepted', 'waitlisted', 'rejected', 'withdrawn', 'completed', 'not_completed'] as const;
/** Statuses that hold a seat in a batch: accepted, then completed or not. Seats, quotas and "realised" count these. */
export const SEATED_STATUSES = ['accepted', 'completed', 'not_completed'] as const;
/** `('accepted', 'completed', 'not_completed')` for SQL `in` lists (constants, never user input). */
export const SEATED_SQL = sql.raw(`(${SEATED_STATUSES.map((s) => `'${s}'`).join(', ')})`);
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
export type Topic = (typeof TOPICS)[number];
export type Source = (typeof SOURCES)[number];
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** Eligibility rules set per programme in the UI; every field optional (absent = no rule). */
export interface EligibilityRules {
  scales?: ('micro' | 'small' | 'medium' | 'large')[];
  sectors?: (typeof SECTORS)[number][];
  /** Licence kinds the business must hold, e.g. ['NIB']. */
  requiredLicences?: (typeof LICENCE_KINDS)[number][];
  minBusinessAgeYears?: number;
  maxBusinessAgeYears?: number;
  /** Refuse businesses that attended (completed or accepted) this programme kind+topic within N years. */
  notAttendedWithinYears?: number;
  /** Apply the per-kecamatan targets as quotas. */
  kecamatanQuota?: boolean;
  /** Sort first-time beneficiaries first when screening. */
  firstTimeFirst?: boolean;
}

/** Details of a nomination's source: who proposed, which agency, occasion, musrenbang year and village. */
export interface SourceDetail {
  councilMember?: string;
  agency?: string;
  occasion?: string;
  year?: number;
  desaCode?: string;
  note?: string;
}

/** Programmes (training, mentoring, …) with their budget line, factor, element, targets and rules. */
export const programmes = pgTable(
  'programmes',
  {
    kodeWilayah: kodeWilayah().references(() => tenants.kodeWilayah),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    kind: text('kind', { enum: PROGRAMME_KINDS }).notNull(),
    topic: text('topic', { enum: TOPICS }).notNull(),
    description: text('description'),
    year: integer('year').notNull(),
    budgetCode: text('budget_code'),
    budgetAmount: rupiah('budget_amount'),
    factor: text('factor', { enum: FACTORS }).notNull(),
    element: text('element', { enum: ELEMENTS }).notNull(),
    partners: text('partners'),
    /** Target participants per kecamatan code. */
    targets: jsonb('targets').$type<Record<string, number>>().notNull().default(sql`'{}'::jsonb`),
    rules: jsonb('rules').$type<EligibilityRules>().notNull().default(sql`'{}'::jsonb`),
    completionMinPercent: integer('completion_min_percent').notNull().default(75),
    /** Follow-up plan: check-ins this many months after completion (issue 5). */
    followupOffsetsMonths: integer('followup_offsets_months').array().notNull().default(sql`'{1,3,6,12}'::integer[]`),
    status: text('status', { enum: PROGRAMME_STATUSES }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.kodeWilayah, t.id] }), index('programmes_year_idx').on(t.kodeWilayah, t.year)],
);

/** A batch (angkatan) of a programme: venue, capacity, trainers, dates; its sessions hang below. */
export const programmeBatches = pgTable(
  'programme_batches',
  {
    kodeWilayah: kodeWilayah(),
    id: uuid('id').notNull(),
    programmeId: uuid('programme_id').notNull(),
    name: text('name').notNull(),
    venue: text('venue'),
    capacity: integer('capacity').notNull(),
    trainers: text('trainers'),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** Set when the batch was completed and certificates issued. */
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    foreignKey({ columns: [t.kodeWilayah, t.programmeId], foreignColumns: [programmes.kodeWilayah, programmes.id] }).onDelete('cascade'),
    index('programme_batches_programme_idx').on(t.kodeWilayah, t.programmeId),
  ],
);

/** One meeting of a batch; attendance is taken per session. */
export const programmeSessions = pgTable(
  'programme_sessions',
  {
    kodeWilayah: kodeWilayah(),
    id: uuid('id').notNull(),
    batchId: uuid('batch_id').notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    foreignKey({ columns: [t.kodeWilayah, t.batchId], foreignColumns: [programmeBatches.kodeWilayah, programmeBatches.id] }).onDelete(
      'cascade',
    ),
    index('programme_sessions_batch_idx').on(t.kodeWilayah, t.batchId, t.startsAt),
    index('programme_sessions_starts_idx').on(t.startsAt),
  ],
);

/**
 * A business nominated to (or applying for) a programme, in one batch. One per business per programme:
 * applying twice is a conflict, not a second row. `eligibility` keeps the reasons seen at the decision.
 */
export const participants = pgTable(
  'participants',
  {
    kodeWilayah: kodeWilayah(),
    id: uuid('id').notNull(),
    programmeId: uuid('programme_id').notNull(),
    batchId: uuid('batch_id').notNull(),
    businessId: uuid('business_id').notNull(),
    ownerId: uuid('owner_id').notNull(),
    source: text('source', { enum: SOURCES }).notNull(),
    sourceDetail: jsonb('source_detail').$type<SourceDetail>().notNull().default(sql`'{}'::jsonb`),
    status: text('status', { enum: PARTICIPANT_STATUSES }).notNull().default('applied'),
    overrideReason: text('override_reason'),
    eligibility: jsonb('eligibility').$type<unknown>(),
    /** Waitlist order: earliest first. */
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    nominatedByName: text('nominated_by_name').notNull(),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    attendancePercent: integer('attendance_percent'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    unique('participants_business_uq').on(t.kodeWilayah, t.programmeId, t.businessId),
    foreignKey({ columns: [t.kodeWilayah, t.programmeId], foreignColumns: [programmes.kodeWilayah, programmes.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.kodeWilayah, t.batchId], foreignColumns: [programmeBatches.kodeWilayah, programmeBatches.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.kodeWilayah, t.businessId], foreignColumns: [businesses.kodeWilayah, businesses.id] }),
    foreignKey({ columns: [t.kodeWilayah, t.ownerId], foreignColumns: [owners.kodeWilayah, owners.id] }),
    index('participants_batch_idx').on(t.kodeWilayah, t.batchId, t.status),
    index('participants_business_idx').on(t.kodeWilayah, t.businessId),
    index('participants_owner_idx').on(t.kodeWilayah, t.ownerId),
  ],
);

/** One check-in per participant per session: the primary key refuses a second. */
export const attendance = pgTable(
  'attendance',
  {
    kodeWilayah: kodeWilayah(),
    sessionId: uuid('session_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    method: text('method', { enum: ['qr', 'list'] }).notNull(),
    checkedInByName: text('checked_in_by_name').notNull(),
    checkedInAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.sessionId, t.participantId] }),
    foreignKey({ columns: [t.kodeWilayah, t.sessionId], foreignColumns: [programmeSessions.kodeWilayah, programmeSessions.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.kodeWilayah, t.participantId], foreignColumns: [participants.kodeWilayah, participants.id] }).onDelete(
      'cascade',
    ),
    index('attendance_participant_idx').on(t.kodeWilayah, t.participantId),
  ],
);

/** Certificates of completion; `code` is the unguessable part of the public verification address. */
export const certificates = pgTable(
  'certificates',
  {
    kodeWilayah: kodeWilayah(),
    id: uuid('id').notNull(),
    participantId: uuid('participant_id').notNull(),
    number: text('number').notNull(),
    code: text('code').notNull(),
    issuedAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedByName: text('revoked_by_name'),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    unique('certificates_participant_uq').on(t.kodeWilayah, t.participantId),
    unique('certificates_number_uq').on(t.kodeWilayah, t.number),
    unique('certificates_code_uq').on(t.kodeWilayah, t.code),
    foreignKey({ columns: [t.kodeWilayah, t.participantId], foreignColumns: [participants.kodeWilayah, participants.id] }).onDelete(
      'cascade',
    ),
  ],
);
