import { z } from 'zod';
import { PAIR_STATUSES } from './duplicates.table';
import { kodeWilayahSchema } from '../../kernel/region-code';

/** Request and response shapes of the duplicate queue and merges API. */
export const pairParams = z.object({ kw: kodeWilayahSchema, id: z.uuid() });

export const sourceView = z.object({
  label: z.string(),
  fileName: z.string().nullable(),
  rowNumber: z.number().int().nullable(),
  createdAt: z.string(),
});

/** One side of a pair, laid out for side-by-side comparison; personal data masked for roles without it. */
export const businessCard = z.object({
  id: z.uuid(),
  name: z.string(),
  ownerName: z.string(),
  nik: z.string().nullable(),
  phone: z.string().nullable(),
  nib: z.string().nullable(),
  address: z.string().nullable(),
  kecamatanCode: z.string(),
  kecamatanName: z.string(),
  desaName: z.string(),
  sector: z.string(),
  kbli: z.string().nullable(),
  annualSales: z.number().nullable(),
  capital: z.number().nullable(),
  workers: z.number().int(),
  createdAt: z.string(),
  deleted: z.boolean(),
  sources: z.array(sourceView),
});

export const pairView = z.object({
  id: z.uuid(),
  score: z.number(),
  reasons: z.array(z.string()),
  status: z.enum(PAIR_STATUSES),
  a: businessCard,
  b: businessCard,
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  mergeId: z.uuid().nullable(),
});
export type PairView = z.infer<typeof pairView>;

export const pairQuery = z.object({
  status: z.enum(PAIR_STATUSES).default('open'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});
export const pairList = z.object({ items: z.array(pairView), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const decisionBody = z.object({
  decision: z.enum(['same', 'not_same']),
  /** For "same": the record that stays (defaults to the older one). */
  keep: z.uuid().optional(),
});

export const scanResult = z.object({
  candidates: z.number().int(),
  newPairs: z.number().int(),
  autoMerged: z.number().int(),
  durationMs: z.number().int(),
});

export const mergeView = z.object({
  id: z.uuid(),
  survivor: z.object({ id: z.uuid(), name: z.string() }),
  merged: z.object({ id: z.uuid(), name: z.string() }),
  automatic: z.boolean(),
  createdByName: z.string(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
  undoneByName: z.string().nullable(),
  canUndo: z.boolean(),
});
export type MergeView = z.infer<typeof mergeView>;
export const mergeQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
/** One page of the merge history, with the total (the same shape as the queue and the registry list). */
export const mergeList = z.object({ items: z.array(mergeView), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
