import { z } from 'zod';
import { BUSINESS_STATUSES, LICENCE_KINDS, SALES_CHANNELS, SCALES, SECTORS } from './registry.table';
import { desaCodeSchema, kecamatanCodeSchema, kodeWilayahSchema } from '../../kernel/region-code';

/**
 * Request and response shapes of the registry API. They validate input at the edge and generate the
 * OpenAPI document; deeper rules (NIK plausibility, desa inside kecamatan, versions) live in the service.
 */
export { SALES_CHANNELS, SECTORS };

const rupiah = z.number().int().min(0).max(1_000_000_000_000_000);
const isoDate = z.iso.date();
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const licenceInput = z.object({
  kind: z.enum(LICENCE_KINDS),
  number: optionalText(40),
  issuedOn: isoDate.nullish(),
  expiresOn: isoDate.nullish(),
  halalRoute: z.enum(['self_declare', 'regular']).nullish(),
});

export const newOwnerInput = z.object({
  fullName: z.string().trim().min(2).max(120),
  nik: optionalText(32),
  gender: z.enum(['L', 'P']).nullish(),
  birthDate: isoDate.nullish(),
  phone: optionalText(32),
  address: optionalText(300),
});

export const ownerRef = z.object({ id: z.uuid() });
export const ownerUpdateInput = newOwnerInput.extend({ id: z.uuid(), version: z.number().int().min(1) });

export const businessFields = z.object({
  name: z.string().trim().min(2).max(160),
  sector: z.enum(SECTORS),
  kbli: z
    .string()
    .trim()
    .regex(/^\d{5}$/)
    .nullish(),
  kecamatanCode: kecamatanCodeSchema,
  desaCode: desaCodeSchema,
  address: optionalText(300),
  startYear: z.number().int().min(1900).max(2100).nullish(),
  status: z.enum(BUSINESS_STATUSES).default('active'),
  statusReason: optionalText(300),
  capital: rupiah.nullish(),
  annualSales: rupiah.nullish(),
  workersMale: z.number().int().min(0).max(100_000).default(0),
  workersFemale: z.number().int().min(0).max(100_000).default(0),
  salesChannels: z.array(z.enum(SALES_CHANNELS)).max(SALES_CHANNELS.length).default([]),
  licences: z.array(licenceInput).max(20).default([]),
});

export const createBusinessBody = businessFields.extend({ owner: z.union([ownerRef, newOwnerInput]) });
export const updateBusinessBody = businessFields.extend({
  version: z.number().int().min(1),
  owner: ownerUpdateInput.optional(),
});
export type CreateBusinessInput = z.infer<typeof createBusinessBody>;
export type UpdateBusinessInput = z.infer<typeof updateBusinessBody>;
export type LicenceInput = z.infer<typeof licenceInput>;
export type NewOwnerInput = z.infer<typeof newOwnerInput>;

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).optional());

export const searchQuery = z.object({
  q: z.string().trim().max(100).optional(),
  kecamatan: kecamatanCodeSchema.optional(),
  desa: desaCodeSchema.optional(),
  scale: csv(z.enum(SCALES)),
  sector: csv(z.enum(SECTORS)),
  status: csv(z.enum(BUSINESS_STATUSES)),
  /** Has this licence kind ("NIB") or lacks it ("-NIB"). */
  legality: z.string().regex(/^-?(NIB|SKU|PIRT|HALAL|HKI|NPWP)$/).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const businessSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  ownerName: z.string(),
  sector: z.string(),
  kecamatanCode: z.string(),
  kecamatanName: z.string(),
  desaCode: z.string(),
  desaName: z.string(),
  scale: z.enum(SCALES),
  status: z.enum(BUSINESS_STATUSES),
  hasNib: z.boolean(),
});

export const searchResult = z.object({
  items: z.array(businessSummary),
  /** Exact up to `totalCap`; `totalIsCapped` says "more than". */
  total: z.number().int(),
  totalIsCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ownerView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  fullName: z.string(),
  nik: z.string().nullable(),
  gender: z.enum(['L', 'P']).nullable(),
  birthDate: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  masked: z.boolean(),
  /** False when the actor may not change this owner: read-only roles, or an assistant when the owner also has a business outside their kecamatan. */
  editable: z.boolean(),
  businessCount: z.number().int(),
});

export const licenceView = licenceInput.extend({ id: z.uuid() });

export const metricView = z.object({
  recordedOn: z.string(),
  capital: z.number().nullable(),
  annualSales: z.number().nullable(),
  workersMale: z.number().int(),
  workersFemale: z.number().int(),
  scale: z.enum(SCALES),
  previousScale: z.enum(SCALES).nullable(),
  scaleRuleId: z.string(),
  source: z.string(),
});

export const businessDetail = businessFields.omit({ licences: true }).extend({
  id: z.uuid(),
  version: z.number().int(),
  kecamatanName: z.string(),
  desaName: z.string(),
  scale: z.enum(SCALES),
  scaleRuleId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  owner: ownerView,
  licences: z.array(licenceView),
  metrics: z.array(metricView),
  canEdit: z.boolean(),
});
export type BusinessDetail = z.infer<typeof businessDetail>;
export type BusinessSummary = z.infer<typeof businessSummary>;
export type SearchResult = z.infer<typeof searchResult>;

export const tenantParams = z.object({ kw: kodeWilayahSchema });
export const businessParams = tenantParams.extend({ id: z.uuid() });
export const deleteQuery = z.object({ version: z.coerce.number().int().min(1) });
