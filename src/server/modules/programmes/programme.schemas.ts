import { z } from 'zod';
import { SCALES, SECTORS } from '../registry/registry.table';
import { ELEMENTS, FACTORS, PARTICIPANT_STATUSES, PROGRAMME_KINDS, PROGRAMME_STATUSES, SOURCES, TOPICS } from './programme.table';
import { desaCodeSchema, kecamatanCodeSchema as kecamatanCode, kodeWilayahSchema as kw } from '../../kernel/region-code';

/**
 * Request and response shapes of the programmes API (programmes, batches, sessions, participants,
 * attendance, certificates, reports). Deeper rules (capacity, eligibility, QR tokens) live in the services.
 */
export { ELEMENTS, FACTORS, PARTICIPANT_STATUSES, PROGRAMME_KINDS, PROGRAMME_STATUSES, SOURCES, TOPICS };

const rupiah = z.number().int().min(0).max(1_000_000_000_000_000);
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const tenantParams = z.object({ kw });
export const idParams = z.object({ kw, id: z.uuid() });

export const eligibilityRules = z.object({
  scales: z.array(z.enum(SCALES)).max(SCALES.length).optional(),
  sectors: z.array(z.enum(SECTORS)).max(SECTORS.length).optional(),
  requiredLicences: z.array(z.enum(['NIB', 'SKU', 'PIRT', 'HALAL', 'HKI', 'NPWP'])).max(6).optional(),
  minBusinessAgeYears: z.number().int().min(0).max(100).optional(),
  maxBusinessAgeYears: z.number().int().min(0).max(100).optional(),
  notAttendedWithinYears: z.number().int().min(1).max(20).optional(),
  kecamatanQuota: z.boolean().optional(),
  firstTimeFirst: z.boolean().optional(),
});

export const programmeInput = z.object({
  title: z.string().trim().min(3).max(160),
  kind: z.enum(PROGRAMME_KINDS),
  topic: z.enum(TOPICS),
  description: optionalText(2000),
  year: z.number().int().min(2000).max(2100),
  budgetCode: optionalText(60),
  budgetAmount: rupiah.nullish(),
  factor: z.enum(FACTORS),
  element: z.enum(ELEMENTS),
  partners: optionalText(500),
  /** Target participants per kecamatan code. */
  targets: z.record(kecamatanCode, z.number().int().min(0).max(100_000)).default({}),
  rules: eligibilityRules.default({}),
  completionMinPercent: z.number().int().min(1).max(100).default(75),
  /** Follow-up plan: check-ins this many months after completion (distinct, ascending once stored). */
  followupOffsetsMonths: z
    .array(z.number().int().min(1).max(60))
    .min(1)
    .max(8)
    .refine((a) => new Set(a).size === a.length, { message: 'duplicate' })
    .transform((a) => [...a].sort((x, y) => x - y))
    .default([1, 3, 6, 12]),
  status: z.enum(PROGRAMME_STATUSES).default('draft'),
});
export const programmeUpdate = programmeInput.extend({ version: z.number().int().min(1) });
export type ProgrammeInput = z.infer<typeof programmeInput>;

export const sessionInput = z.object({
  title: z.string().trim().min(1).max(160),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
});
export const batchInput = z.object({
  name: z.string().trim().min(1).max(120),
  venue: optionalText(200),
  capacity: z.number().int().min(1).max(10_000),
  trainers: optionalText(300),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  sessions: z.array(sessionInput).max(60).default([]),
});
export type BatchInput = z.infer<typeof batchInput>;

export const sessionView = z.object({
  id: z.uuid(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  checkedIn: z.number().int(),
});
export const batchView = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  name: z.string(),
  venue: z.string().nullable(),
  capacity: z.number().int(),
  trainers: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  completedAt: z.string().nullable(),
  accepted: z.number().int(),
  waitlisted: z.number().int(),
  applied: z.number().int(),
  sessions: z.array(sessionView),
});
export type BatchView = z.infer<typeof batchView>;

export const programmeView = programmeInput.extend({
  id: z.uuid(),
  version: z.number().int(),
  description: z.string().nullable(),
  budgetCode: z.string().nullable(),
  budgetAmount: z.number().nullable(),
  partners: z.string().nullable(),
  rules: eligibilityRules,
  followupOffsetsMonths: z.array(z.number().int()),
  createdAt: z.string(),
  batches: z.array(batchView),
  /** Participants accepted or completed, all batches. */
  realised: z.number().int(),
  canEdit: z.boolean(),
});
export type ProgrammeView = z.infer<typeof programmeView>;

export const programmeSummary = programmeView.omit({ batches: true, rules: true, targets: true, description: true }).extend({
  target: z.number().int(),
  batchCount: z.number().int(),
});
export const programmeQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(PROGRAMME_STATUSES).optional(),
});
export const programmeList = z.object({ items: z.array(programmeSummary) });

export const sourceDetail = z.object({
  councilMember: z.string().trim().max(120).optional(),
  agency: z.string().trim().max(120).optional(),
  occasion: z.string().trim().max(200).optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  desaCode: desaCodeSchema.optional(),
  note: z.string().trim().max(300).optional(),
});
/** An officer's or assistant's nomination; the source detail each source needs is checked by the service. */
export const nominationInput = z.object({
  businessId: z.uuid(),
  source: z.enum(SOURCES),
  sourceDetail: sourceDetail.default({}),
});
export type NominationInput = z.infer<typeof nominationInput>;

export const eligibilityReason = z.object({
  rule: z.string(),
  ok: z.boolean(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export const participantView = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  batchId: z.uuid(),
  businessId: z.uuid(),
  businessName: z.string(),
  ownerName: z.string(),
  gender: z.enum(['L', 'P']).nullable(),
  kecamatanCode: z.string(),
  kecamatanName: z.string(),
  scale: z.string(),
  sector: z.string(),
  source: z.enum(SOURCES),
  sourceDetail: sourceDetail,
  status: z.enum(PARTICIPANT_STATUSES),
  overrideReason: z.string().nullable(),
  nominatedByName: z.string(),
  decidedByName: z.string().nullable(),
  createdAt: z.string(),
  /** Screening at read time: eligibility, first-time flag, reasons. */
  eligible: z.boolean(),
  firstTime: z.boolean(),
  reasons: z.array(eligibilityReason),
  /** Rank in the screening order (1 = first to accept). */
  rank: z.number().int(),
  attended: z.number().int(),
  attendancePercent: z.number().int().nullable(),
  certificateId: z.uuid().nullable(),
  certificateRevoked: z.boolean(),
  version: z.number().int(),
});
export type ParticipantView = z.infer<typeof participantView>;
export const participantList = z.object({ items: z.array(participantView), capacity: z.number().int(), accepted: z.number().int() });

export const decisionInput = z.object({
  action: z.enum(['accept', 'waitlist', 'reject', 'withdraw']),
  /** Required to accept a candidate the rules screen out; recorded and audited. */
  overrideReason: optionalText(300),
  version: z.number().int().min(1),
});
export type DecisionInput = z.infer<typeof decisionInput>;

export const checkinInput = z.union([
  z.object({ token: z.string().min(10).max(400) }),
  z.object({ participantId: z.uuid() }),
]);
export const checkinResult = z.object({
  participantId: z.uuid(),
  businessName: z.string(),
  ownerName: z.string(),
  /** False when this participant was already checked in to this session (a rescanned code). */
  firstTime: z.boolean(),
  checkedInAt: z.string(),
});
export const attendanceList = z.object({
  items: z.array(z.object({ participantId: z.uuid(), ownerName: z.string(), businessName: z.string(), checkedInAt: z.string().nullable(), method: z.enum(['qr', 'list']).nullable() })),
});
export const revokeInput = z.object({ reason: z.string().trim().min(5).max(300) });
export const completionResult = z.object({ completed: z.number().int(), notCompleted: z.number().int(), certificates: z.number().int() });

export const certificateVerification = z.object({
  valid: z.boolean(),
  number: z.string(),
  participantName: z.string(),
  businessName: z.string(),
  programmeTitle: z.string(),
  batchName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  issuedAt: z.string(),
  tenantName: z.string(),
  revoked: z.boolean(),
});

const countRow = z.object({ key: z.string(), label: z.string(), count: z.number().int() });
export const reportQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const programmeReport = z.object({
  year: z.number().int(),
  bySource: z.array(countRow),
  byKecamatan: z.array(countRow),
  byGender: z.array(countRow),
  firstTime: z.object({ first: z.number().int(), repeat: z.number().int() }),
  /** Per kecamatan and topic: owners who stated the need vs places offered in programmes of that topic. */
  needsVsOffered: z.array(z.object({ kecamatanCode: z.string(), kecamatanName: z.string(), topic: z.enum(TOPICS), needed: z.number().int(), offered: z.number().int() })),
  targets: z.array(z.object({ programmeId: z.uuid(), title: z.string(), target: z.number().int(), realised: z.number().int(), completed: z.number().int() })),
});
