import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, kodeWilayah, updatedAt } from '../../db/columns';
import { businesses } from '../registry/registry.table';
import { tenants } from '../tenancy/tenant.table';

export const IMPORT_STATUSES = ['uploaded', 'checked', 'committed'] as const;
export const TURNOVER_PERIODS = ['monthly', 'yearly'] as const;

/** What a dry run or a commit found, kept on the import so the history shows it without re-reading the file. */
export interface ImportSummary {
  rows: number;
  valid: number;
  withWarnings: number;
  withErrors: number;
  alreadyImported: number;
  repeatedInFile: number;
}

/**
 * One uploaded spreadsheet and what became of it. The file itself is kept under DATA_DIR/uploads until
 * it is committed (dry run, report and commit each re-read it, streaming, so memory stays bounded).
 */
export const imports = pgTable(
  'imports',
  {
    kodeWilayah: kodeWilayah().references(() => tenants.kodeWilayah),
    id: uuid('id').notNull(),
    fileName: text('file_name').notNull(),
    label: text('label').notNull(),
    format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedByName: text('uploaded_by_name').notNull(),
    /** Position of the header among the file's non-empty rows (the reader skips empty rows). */
    headerRowIndex: integer('header_row_index').notNull(),
    /** The header's row number as the spreadsheet shows it (for "header read from row 4"). */
    headerRowNumber: integer('header_row_number').notNull(),
    dataStartIndex: integer('data_start_index').notNull(),
    labels: jsonb('labels').$type<string[]>().notNull(),
    mapping: jsonb('mapping').$type<(string | null)[]>().notNull(),
    headerSignature: text('header_signature').notNull(),
    turnoverPeriod: text('turnover_period', { enum: TURNOVER_PERIODS }).notNull().default('monthly'),
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('uploaded'),
    summary: jsonb('summary').$type<ImportSummary>(),
    committedCount: integer('committed_count'),
    createdAt: createdAt(),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    index('imports_sha_idx').on(t.kodeWilayah, t.sha256),
    index('imports_created_idx').on(t.kodeWilayah, t.createdAt),
  ],
);

/** The column mapping last confirmed for a header layout, proposed again for the next file from that source. */
export const importMappings = pgTable(
  'import_mappings',
  {
    kodeWilayah: kodeWilayah().references(() => tenants.kodeWilayah),
    headerSignature: text('header_signature').notNull(),
    mapping: jsonb('mapping').$type<(string | null)[]>().notNull(),
    turnoverPeriod: text('turnover_period', { enum: TURNOVER_PERIODS }).notNull(),
    label: text('label'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.kodeWilayah, t.headerSignature] })],
);

/**
 * Where a business record came from (provenance): an import row (file, uploader, date, label) or a
 * manual entry. A merge moves the merged record's sources to the survivor, so a business keeps all of
 * them. The fingerprint (content hash of an imported row) is unique: the same row never lands twice.
 */
export const businessSources = pgTable(
  'business_sources',
  {
    kodeWilayah: kodeWilayah(),
    id: uuid('id').notNull(),
    businessId: uuid('business_id').notNull(),
    importId: uuid('import_id'),
    label: text('label').notNull(),
    fileName: text('file_name'),
    rowNumber: integer('row_number'),
    fingerprint: text('fingerprint'),
    addedByName: text('added_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    foreignKey({ columns: [t.kodeWilayah, t.businessId], foreignColumns: [businesses.kodeWilayah, businesses.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.kodeWilayah, t.importId], foreignColumns: [imports.kodeWilayah, imports.id] }),
    unique('business_sources_fingerprint_uq').on(t.kodeWilayah, t.fingerprint),
    index('business_sources_business_idx').on(t.kodeWilayah, t.businessId),
    index('business_sources_import_idx').on(t.kodeWilayah, t.importId),
  ],
);

