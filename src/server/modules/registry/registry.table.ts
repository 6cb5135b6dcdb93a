import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, kodeWilayah, updatedAt } from '../../db/columns';
import { rupiah } from '../../kernel/columns';
import { tenants } from '../tenancy/tenant.table';

/**
 * Text in byte order (COLLATE "C"): prefix LIKE and ORDER BY can both use a plain btree on it, on every
 * server locale. Used for the lower-cased search text, whose order is the result order of a text search.
 */
const textC = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

/** Business owners (pelaku usaha). NIK is optional and never trusted alone: no unique key on it. */
export const owners = pgTable(
  'owners',
  {
    kodeWilayah: kodeWilayah().references(() => tenants.kodeWilayah),
    id: uuid('id').notNull(),
    fullName: text('full_name').notNull(),
    nik: text('nik'),
    gender: text('gender', { enum: ['L', 'P'] }),
    birthDate: date('birth_date'),
    phone: text('phone'),
    address: text('address'),
    desaCode: text('desa_code'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    index('owners_nik_idx').on(t.kodeWilayah, t.nik.op('text_pattern_ops')),
    index('owners_phone_idx').on(t.kodeWilayah, t.phone.op('text_pattern_ops')),
  ],
);

/** Sector groups used in office spreadsheets (KBLI is the precise classification). */
export const SECTORS = ['kuliner', 'fashion', 'kriya', 'jasa', 'agribisnis', 'perdagangan', 'lainnya'] as const;
export const SALES_CHANNELS = ['offline', 'whatsapp', 'instagram', 'facebook', 'tiktok', 'marketplace', 'ecatalogue', 'reseller'] as const;
export const BUSINESS_STATUSES = ['active', 'dormant', 'closed'] as const;
export const SCALES = ['micro', 'small', 'medium', 'large'] as const;

/**
 * Businesses (usaha). `searchText` is the lower-cased business and owner name, kept by the repository,
 * so one trigram index serves "search by name or owner". Current metrics live here; their history in
 * `businessMetrics`.
 */
export const businesses = pgTable(
  'businesses',
  {
    kodeWilayah: kodeWilayah().references(() => tenants.kodeWilayah),
    id: uuid('id').notNull(),
    ownerId: uuid('owner_id').notNull(),
    name: text('name').notNull(),
    searchText: textC('search_text').notNull(),
    kbli: text('kbli'),
    sector: text('sector', { enum: SECTORS }).notNull(),
    kecamatanCode: text('kecamatan_code').notNull(),
    desaCode: text('desa_code').notNull(),
    address: text('address'),
    startYear: integer('start_year'),
    status: text('status', { enum: BUSINESS_STATUSES }).notNull().default('active'),
    statusReason: text('status_reason'),
    capital: rupiah('capital'),
    annualSales: rupiah('annual_sales'),
    workersMale: integer('workers_male').notNull().default(0),
    workersFemale: integer('workers_female').notNull().default(0),
    salesChannels: text('sales_channels', { enum: SALES_CHANNELS })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    scale: text('scale', { enum: SCALES }).notNull(),
    scaleRuleId: text('scale_rule_id').notNull(),
    /** Whether a NIB licence exists, kept by the repository with the licences: the recap counts it from an index. */
    hasNib: boolean('has_nib').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    foreignKey({ columns: [t.kodeWilayah, t.ownerId], foreignColumns: [owners.kodeWilayah, owners.id] }),
    index('businesses_owner_idx').on(t.kodeWilayah, t.ownerId),
    // One ordered index per common filter, so a filtered first page is read in name order and stops at 20.
    index('businesses_name_idx').on(t.kodeWilayah, t.name),
    index('businesses_kecamatan_name_idx').on(t.kodeWilayah, t.kecamatanCode, t.name),
    index('businesses_desa_name_idx').on(t.kodeWilayah, t.desaCode, t.name),
    index('businesses_sector_name_idx').on(t.kodeWilayah, t.sector, t.name),
    index('businesses_scale_name_idx').on(t.kodeWilayah, t.scale, t.name),
    // Covers the yearly recap: counted from the index alone (index-only scan), never from the wide rows.
    index('businesses_recap_idx')
      .on(t.kodeWilayah, t.kecamatanCode, t.scale, t.status, t.startYear, t.hasNib)
      .where(sql`${t.deletedAt} is null`),
    // Text search pages in search_text order, answered from the index alone (LIKE tested on index tuples);
    // the trailing columns are there so filters need no heap visit either.
    index('businesses_search_order_idx')
      .on(t.kodeWilayah, t.searchText, t.id, t.kecamatanCode, t.desaCode, t.sector, t.scale, t.status, t.hasNib)
      .where(sql`${t.deletedAt} is null`),
    index('businesses_kecamatan_search_idx')
      .on(t.kodeWilayah, t.kecamatanCode, t.searchText, t.id, t.desaCode, t.sector, t.scale, t.status, t.hasNib)
      .where(sql`${t.deletedAt} is null`),
    index('businesses_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

export const LICENCE_KINDS = ['NIB', 'SKU', 'PIRT', 'HALAL', 'HKI', 'NPWP'] as const;

/** Legality records (legalitas). A licence number is unique per kind within a regency. */
export const licences = pgTable(
  'licences',
  {
    kodeWilayah: kodeWilayah(),
    id: uuid('id').notNull(),
    businessId: uuid('business_id').notNull(),
    kind: text('kind', { enum: LICENCE_KINDS }).notNull(),
    number: text('number'),
    issuedOn: date('issued_on'),
    expiresOn: date('expires_on'),
    halalRoute: text('halal_route', { enum: ['self_declare', 'regular'] }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    foreignKey({ columns: [t.kodeWilayah, t.businessId], foreignColumns: [businesses.kodeWilayah, businesses.id] }).onDelete(
      'cascade',
    ),
    unique('licences_number_uq').on(t.kodeWilayah, t.kind, t.number),
    index('licences_business_idx').on(t.kodeWilayah, t.businessId, t.kind),
    // "Lacks a HALAL licence" (legality=-HALAL): the anti-join reads the holders of a kind from the index alone.
    index('licences_kind_business_idx').on(t.kodeWilayah, t.kind, t.businessId),
    index('licences_number_idx').on(t.kodeWilayah, t.number.op('text_pattern_ops')),
  ],
);

/**
 * Dated metric snapshots, appended and never updated, so history and "naik kelas" can be computed.
 * `previousScale` is the scale before this snapshot, so moves up a class are a cheap indexed count.
 */
export const businessMetrics = pgTable(
  'business_metrics',
  {
    kodeWilayah: kodeWilayah(),
    id: uuid('id').notNull(),
    businessId: uuid('business_id').notNull(),
    recordedOn: date('recorded_on').notNull(),
    capital: rupiah('capital'),
    annualSales: rupiah('annual_sales'),
    workersMale: integer('workers_male').notNull(),
    workersFemale: integer('workers_female').notNull(),
    scale: text('scale', { enum: SCALES }).notNull(),
    previousScale: text('previous_scale', { enum: SCALES }),
    scaleRuleId: text('scale_rule_id').notNull(),
    source: text('source').notNull(),
    /** Trading status observed (follow-up and baseline snapshots); null = not observed (imports, edits). */
    status: text('status', { enum: BUSINESS_STATUSES }),
    /** Licence kinds held at that date (follow-up and baseline snapshots); null = not recorded. */
    licences: text('licences').array(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    foreignKey({ columns: [t.kodeWilayah, t.businessId], foreignColumns: [businesses.kodeWilayah, businesses.id] }).onDelete(
      'cascade',
    ),
    index('business_metrics_business_idx').on(t.kodeWilayah, t.businessId, t.recordedOn),
    index('business_metrics_recorded_idx').on(t.kodeWilayah, t.recordedOn),
    // The recap's "moved up from micro this year": a few thousand entries instead of the year's snapshots.
    index('business_metrics_moved_up_idx')
      .on(t.kodeWilayah, t.recordedOn, t.businessId)
      .where(sql`${t.previousScale} = 'micro' and ${t.scale} in ('small', 'medium', 'large')`),
  ],
);
