import { z } from 'zod';
import { BUSINESS_STATUSES, LICENCE_KINDS, SALES_CHANNELS, SCALES, SECTORS } from '../registry/registry.table';
import { TOPICS } from '../programmes/programme.table';
import { kecamatanCodeSchema as kecamatanCode, kodeWilayahSchema as kw } from '../../kernel/region-code';

/**
 * Request and response shapes of follow-up monitoring (issue 5): worklists, check-ins (one, or a batch
 * synced from the assistants' offline app), conflicts, self-report links, outcomes and alerts.
 */
const isoDate = z.iso.date();
const rupiah = z.number().int().min(0).max(1_000_000_000_000);
const workers = z.number().int().min(0).max(100_000);
/** Licence kinds an owner can report as newly obtained: the registry's kinds. */
export { LICENCE_KINDS };
/** Where a check-in came from: the assistants' app, the owner's self-report link, or office entry. */
export const CHECKIN_CHANNELS = ['app', 'self', 'office'] as const;
export const TASK_STATES = ['upcoming', 'due', 'overdue', 'done'] as const;
/** Photos are sent as a JPEG/PNG/WebP data URL; the field app shrinks them before queuing. */
export const MAX_PHOTO_BYTES = 400_000;

export const tenantParams = z.object({ kw });
export const idParams = z.object({ kw, id: z.uuid() });
export const tokenParams = z.object({ token: z.string().min(10).max(200) });

export const worklistQuery = z.object({
  kecamatan: kecamatanCode.optional(),
  programmeId: z.uuid().optional(),
  state: z.enum([...TASK_STATES, 'open', 'all']).default('open'),
  limit: z.coerce.number().int().min(1).max(2000).default(500),
});

/** One follow-up task as a worklist shows it. */
export const taskView = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  programmeTitle: z.string(),
  participantId: z.uuid(),
  businessId: z.uuid(),
  businessName: z.string(),
  ownerName: z.string(),
  kecamatanCode: z.string(),
  kecamatanName: z.string(),
  desaName: z.string(),
  offsetMonths: z.number().int(),
  dueOn: isoDate,
  state: z.enum(TASK_STATES),
  doneOn: isoDate.nullable(),
  checkinId: z.uuid().nullable(),
});
export const worklist = z.object({
  today: isoDate,
  counts: z.object({ upcoming: z.number().int(), due: z.number().int(), overdue: z.number().int(), done: z.number().int() }),
  items: z.array(taskView),
});
export type TaskView = z.infer<typeof taskView>;

/** What the field app keeps offline about a business: enough to recognise it and to check plausibility. */
export const fieldBusiness = z.object({
  id: z.uuid(),
  version: z.number().int(),
  name: z.string(),
  ownerName: z.string(),
  kecamatanCode: z.string(),
  desaName: z.string(),
  address: z.string().nullable(),
  sector: z.enum(SECTORS),
  status: z.enum(BUSINESS_STATUSES),
  scale: z.enum(SCALES),
  startYear: z.number().int().nullable(),
  monthlySales: z.number().int().nullable(),
  workersMale: z.number().int(),
  workersFemale: z.number().int(),
  salesChannels: z.array(z.enum(SALES_CHANNELS)),
  licences: z.array(z.string()),
  lastVisitOn: isoDate.nullable(),
});
/** The assistant's offline pack: open tasks and every business of their kecamatan. */
export const fieldPack = z.object({
  kodeWilayah: kw,
  tenantName: z.string(),
  generatedAt: z.string(),
  today: isoDate,
  kecamatan: z.array(z.object({ code: z.string(), name: z.string() })),
  tasks: z.array(taskView),
  businesses: z.array(fieldBusiness),
});
export type FieldBusiness = z.infer<typeof fieldBusiness>;

/** Registry values a check-in changes: the two sides of a conflict. */
export const observedValues = z.object({
  status: z.enum(BUSINESS_STATUSES),
  monthlySales: z.number().int().nullable(),
  workersMale: z.number().int().nullable(),
  workersFemale: z.number().int().nullable(),
  salesChannels: z.array(z.enum(SALES_CHANNELS)).nullable(),
});
/** One check-in as captured (by the field app, the self-report form or office staff). */
export const checkinInput = z.object({
  /** UUID made by the device (v7 in the field app): the idempotency key. */
  id: z.uuid(),
  businessId: z.uuid(),
  taskId: z.uuid().nullish(),
  /** The business version the device saw; a later change to the same fields is a conflict. */
  baseVersion: z.number().int().min(1).nullish(),
  /**
   * The registry's values the device saw at `baseVersion`: with them, only a field that someone changed
   * meanwhile (and that the check-in sees differently) is a conflict; without, any differing field is.
   */
  seen: observedValues.nullish(),
  visitedOn: isoDate,
  status: z.enum(BUSINESS_STATUSES),
  statusReason: z.string().trim().max(500).nullish(),
  monthlySales: rupiah.nullish(),
  workersMale: workers.nullish(),
  workersFemale: workers.nullish(),
  newProducts: z.string().trim().max(500).nullish(),
  salesChannels: z.array(z.enum(SALES_CHANNELS)).max(SALES_CHANNELS.length).nullish(),
  licencesObtained: z.array(z.enum(LICENCE_KINDS)).max(LICENCE_KINDS.length).default([]),
  problems: z.string().trim().max(1000).nullish(),
  needs: z.array(z.enum(TOPICS)).max(TOPICS.length).default([]),
  /** data:image/jpeg;base64,… at most MAX_PHOTO_BYTES decoded. */
  photo: z.string().max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 40).nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  /** The assistant confirmed the questioned figures ("Ya, angka ini benar"). */
  confirmed: z.boolean().default(false),
});
export type CheckinInput = z.infer<typeof checkinInput>;

export const CONFLICT_FIELDS = ['status', 'monthlySales', 'workersMale', 'workersFemale', 'salesChannels'] as const;

const finding = z.object({ field: z.string(), severity: z.enum(['error', 'question']), messageKey: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
/** The answer for one check-in of a sync batch (also the reply of a single check-in). */
export const checkinAnswer = z.discriminatedUnion('result', [
  z.object({ id: z.uuid(), result: z.enum(['stored', 'duplicate']) }),
  z.object({
    id: z.uuid(),
    result: z.literal('conflict'),
    current: z.object({ version: z.number().int(), values: observedValues, checkin: observedValues, fields: z.array(z.enum(CONFLICT_FIELDS)) }),
  }),
  // The id as sent: a malformed item (id missing or not a UUID) is still answered, in its place in the batch.
  z.object({ id: z.string(), result: z.literal('rejected'), messageKey: z.string(), fields: z.array(finding).optional() }),
]);
export type CheckinAnswer = z.infer<typeof checkinAnswer>;
export const syncInput = z.object({ checkins: z.array(z.unknown()).min(1).max(100) });
export const syncReply = z.object({ answers: z.array(checkinAnswer) });

/** Resolving a conflict: per field, keep the registry's value or take the check-in's. */
export const resolveInput = z.object({
  businessVersion: z.number().int().min(1),
  take: z.object(Object.fromEntries(CONFLICT_FIELDS.map((f) => [f, z.enum(['checkin', 'registry'])])) as Record<(typeof CONFLICT_FIELDS)[number], z.ZodEnum<{ checkin: 'checkin'; registry: 'registry' }>>),
});
export const resolveReply = z.object({ businessVersion: z.number().int() });

export const checkinView = z.object({
  id: z.uuid(),
  businessId: z.uuid(),
  businessName: z.string(),
  taskId: z.uuid().nullable(),
  visitedOn: isoDate,
  channel: z.enum(CHECKIN_CHANNELS),
  recordedByName: z.string(),
  status: z.enum(BUSINESS_STATUSES),
  statusReason: z.string().nullable(),
  monthlySales: z.number().int().nullable(),
  workersMale: z.number().int().nullable(),
  workersFemale: z.number().int().nullable(),
  newProducts: z.string().nullable(),
  salesChannels: z.array(z.string()).nullable(),
  licencesObtained: z.array(z.string()),
  problems: z.string().nullable(),
  needs: z.array(z.string()),
  hasPhoto: z.boolean(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  conflict: z.object({ fields: z.array(z.enum(CONFLICT_FIELDS)), registry: observedValues, resolvedAt: z.string().nullable() }).nullable(),
  createdAt: z.string(),
});
export const checkinList = z.object({ items: z.array(checkinView) });
/** `conflicts=true` lists unresolved conflicts only (a plain boolean coercion would read "false" as true). */
export const checkinListQuery = z.object({ businessId: z.uuid().optional(), conflicts: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });

/** Sends the owner of a task's business a personal link (through the outbox) and returns it to staff. */
export const selfReportLinkReply = z.object({ url: z.string(), expiresAt: z.string(), sentTo: z.string().nullable() });
/** What the public self-report page shows before the owner fills it in. */
export const selfReportView = z.object({
  tenantName: z.string(),
  businessName: z.string(),
  programmeTitle: z.string(),
  dueOn: isoDate,
  done: z.boolean(),
  previous: z.object({ status: z.enum(BUSINESS_STATUSES), monthlySales: z.number().int().nullable(), workersMale: z.number().int(), workersFemale: z.number().int(), scale: z.enum(SCALES), startYear: z.number().int().nullable(), lastVisitOn: isoDate.nullable() }),
});
/** The owner's answers: a check-in without id/business/task (the link says which). */
export const selfReportInput = checkinInput.omit({ businessId: true, taskId: true, baseVersion: true, latitude: true, longitude: true });

export const outcomesQuery = z.object({
  programmeId: z.uuid().optional(),
  kecamatan: kecamatanCode.optional(),
  asOf: isoDate.optional(),
  lang: z.enum(['id', 'en']).default('id'),
});
const survivalPoint = z.object({ months: z.number().int(), atRisk: z.number().int(), surviving: z.number().int(), rate: z.number().nullable() });
export const cohortOutcome = z.object({
  cohort: z.string(),
  label: z.string(),
  participants: z.number().int(),
  survival: z.array(survivalPoint),
  dormantLatest: z.number().int(),
  closedLatest: z.number().int(),
  medianSalesChangePercent: z.number().nullable(),
  medianSalesChangeRupiah: z.number().nullable(),
  salesSample: z.number().int(),
  netJobs: z.number().int(),
  jobsByGender: z.object({ male: z.number().int(), female: z.number().int() }),
  naikKelas: z.number().int(),
  naikKelasSample: z.number().int(),
  legalityGained: z.record(z.string(), z.number().int()),
});
export const outcomesReply = z.object({
  asOf: isoDate,
  scope: z.object({ programmeId: z.uuid().nullable(), kecamatan: z.string().nullable(), title: z.string() }),
  /** One cohort per programme (a programme scope has exactly one). */
  cohorts: z.array(cohortOutcome),
  /** Similar businesses never seated in a programme, matched on area or sector, scale and sales band. */
  comparison: cohortOutcome.nullable(),
  /** Follow-up coverage: tasks due so far and how many are done. */
  followup: z.object({ due: z.number().int(), done: z.number().int(), overdue: z.number().int() }),
});
export type OutcomesReply = z.infer<typeof outcomesReply>;

export const ALERT_KINDS = ['overdue', 'closed', 'sales_drop', 'backlog'] as const;
export const alertsQuery = z.object({ dropPercent: z.coerce.number().int().min(1).max(100).default(30) });
export const alertView = z.object({
  kind: z.enum(ALERT_KINDS),
  businessId: z.uuid().nullable(),
  businessName: z.string().nullable(),
  kecamatanCode: z.string().nullable(),
  kecamatanName: z.string().nullable(),
  /** Overdue: days late; sales_drop: percent fallen; backlog: open overdue tasks. */
  value: z.number().int(),
  /** For backlog: the assistants covering the kecamatan. */
  assistants: z.array(z.string()),
  since: isoDate.nullable(),
});
export const alertList = z.object({ items: z.array(alertView), dropPercent: z.number().int() });
