import { z } from 'zod';
import { IMPORT_STATUSES, TURNOVER_PERIODS } from './import.table';
import { kodeWilayahSchema } from '../../kernel/region-code';

/**
 * Request and response shapes of the import API. An import goes: upload (raw file body) → mapping
 * (adjust, saved per header layout) → dry run (nothing stored) → commit (one transaction).
 */
export const IMPORT_FIELD_NAMES = [
  'businessName', 'ownerName', 'nik', 'phone', 'address', 'desa', 'kecamatan', 'sector', 'kbli', 'turnoverMonthly',
  'turnoverYearly', 'assets', 'workers', 'workersMale', 'workersFemale', 'nib', 'startYear', 'gender',
] as const;

export const importParams = z.object({ kw: kodeWilayahSchema, id: z.uuid() });
export const uploadQuery = z.object({
  fileName: z.string().trim().min(1).max(200),
  label: z.string().trim().min(2).max(120),
});

export const importColumn = z.object({
  index: z.number().int(),
  label: z.string(),
  field: z.enum(IMPORT_FIELD_NAMES).nullable(),
  /** The first few values under this header (empty in the history list, and once the file was committed and deleted). */
  samples: z.array(z.string()),
});

export const importSummary = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  withWarnings: z.number().int(),
  withErrors: z.number().int(),
  alreadyImported: z.number().int(),
  repeatedInFile: z.number().int(),
});

export const importView = z.object({
  id: z.uuid(),
  fileName: z.string(),
  label: z.string(),
  format: z.enum(['csv', 'xlsx']),
  bytes: z.number().int(),
  uploadedByName: z.string(),
  createdAt: z.string(),
  status: z.enum(IMPORT_STATUSES),
  /** 1-based spreadsheet row of the header (title rows above it are skipped). */
  headerRow: z.number().int(),
  columns: z.array(importColumn),
  mappingFromSavedSource: z.boolean(),
  turnoverPeriod: z.enum(TURNOVER_PERIODS),
  /** True when a turnover column does not say per month or per year: the user picks the period. */
  ambiguousTurnover: z.boolean(),
  summary: importSummary.nullable(),
  committedCount: z.number().int().nullable(),
  committedAt: z.string().nullable(),
  /** When this exact file was already committed before: when, by whom, under which label. */
  sameFileCommitted: z.object({ importId: z.uuid(), committedAt: z.string(), label: z.string() }).nullable(),
});
export type ImportView = z.infer<typeof importView>;

export const mappingBody = z.object({
  mapping: z.array(z.enum(IMPORT_FIELD_NAMES).nullable()).max(200),
  turnoverPeriod: z.enum(TURNOVER_PERIODS),
  label: z.string().trim().min(2).max(120),
});
export type MappingInput = z.infer<typeof mappingBody>;

export const rowProblemView = z.object({
  rowNumber: z.number().int(),
  field: z.enum(IMPORT_FIELD_NAMES).nullable(),
  column: z.string().nullable(),
  severity: z.enum(['error', 'warning', 'info']),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RowProblemView = z.infer<typeof rowProblemView>;

export const dryRunResult = z.object({
  import: importView,
  /** The first problems, in row order; the full list is the report download. */
  problems: z.array(rowProblemView),
  problemsTruncated: z.boolean(),
});

export const commitResult = z.object({
  import: importView,
  created: z.number().int(),
  skippedAlreadyImported: z.number().int(),
  skippedWithErrors: z.number().int(),
  /** True when this import had already been committed: nothing was done twice. */
  alreadyCommitted: z.boolean(),
});

/** The recent imports, and the largest file the server accepts (the form checks it before uploading). */
export const importList = z.object({ items: z.array(importView), maxBytes: z.number().int() });
export const reportQuery = z.object({ lang: z.enum(['id', 'en']).default('id') });
