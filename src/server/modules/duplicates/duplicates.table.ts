import { boolean, doublePrecision, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, kodeWilayah } from '../../db/columns';
import { businesses } from '../registry/registry.table';

export const PAIR_STATUSES = ['open', 'not_same', 'merged'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

/**
 * Candidate duplicate pairs found by the matcher, waiting for a person (or the auto-merge threshold).
 * `businessA` < `businessB`, so a pair is stored once; a "not the same" decision stays and is never
 * proposed again by a later scan.
 */
export const duplicatePairs = pgTable(
  'duplicate_pairs',
  {
    kodeWilayah: kodeWilayah(),
    id: uuid('id').notNull(),
    businessA: uuid('business_a').notNull(),
    businessB: uuid('business_b').notNull(),
    score: doublePrecision('score').notNull(),
    reasons: text('reasons').array().notNull(),
    status: text('status', { enum: PAIR_STATUSES }).notNull().default('open'),
    detectedAt: createdAt(),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    mergeId: uuid('merge_id'),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    unique('duplicate_pairs_uq').on(t.kodeWilayah, t.businessA, t.businessB),
    foreignKey({ columns: [t.kodeWilayah, t.businessA], foreignColumns: [businesses.kodeWilayah, businesses.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.kodeWilayah, t.businessB], foreignColumns: [businesses.kodeWilayah, businesses.id] }).onDelete('cascade'),
    index('duplicate_pairs_queue_idx').on(t.kodeWilayah, t.status, t.score),
    index('duplicate_pairs_b_idx').on(t.kodeWilayah, t.businessB),
  ],
);

/** Everything a merge changed, so it can be shown and undone: the survivor before, and what moved. */
export interface MergeSnapshot {
  survivor: Record<string, unknown>;
  merged: Record<string, unknown>;
  movedLicenceIds: string[];
  movedSourceIds: string[];
  survivorVersionAfter: number;
}

/** A merge of one business into another: the merged record is soft-deleted, never destroyed. */
export const merges = pgTable(
  'merges',
  {
    kodeWilayah: kodeWilayah(),
    id: uuid('id').notNull(),
    survivorId: uuid('survivor_id').notNull(),
    mergedId: uuid('merged_id').notNull(),
    pairId: uuid('pair_id'),
    automatic: boolean('automatic').notNull().default(false),
    snapshot: jsonb('snapshot').$type<MergeSnapshot>().notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: createdAt(),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    undoneByName: text('undone_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    foreignKey({ columns: [t.kodeWilayah, t.survivorId], foreignColumns: [businesses.kodeWilayah, businesses.id] }),
    foreignKey({ columns: [t.kodeWilayah, t.mergedId], foreignColumns: [businesses.kodeWilayah, businesses.id] }),
    index('merges_survivor_idx').on(t.kodeWilayah, t.survivorId),
    index('merges_merged_idx').on(t.kodeWilayah, t.mergedId),
  ],
);
