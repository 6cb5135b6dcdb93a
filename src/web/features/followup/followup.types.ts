/**
 * Shapes of the follow-up API (issue 5) as the office app uses them, taken from the server's Zod schemas
 * with type-only imports (erased at build, so the bundle does not pull in the server's table modules).
 */
import type { z } from 'zod';
import type {
  ALERT_KINDS,
  alertList,
  alertView,
  CHECKIN_CHANNELS,
  checkinAnswer,
  checkinInput,
  checkinList,
  checkinView,
  cohortOutcome,
  CONFLICT_FIELDS,
  LICENCE_KINDS,
  observedValues,
  outcomesReply,
  resolveInput,
  selfReportLinkReply,
  TASK_STATES,
  taskView,
  worklist,
} from '../../../server/modules/followup/followup.schemas';

export type TaskState = (typeof TASK_STATES)[number];
export type CheckinChannel = (typeof CHECKIN_CHANNELS)[number];
export type ConflictField = (typeof CONFLICT_FIELDS)[number];
/** Licence kinds an owner can report as newly obtained (the registry's kinds). */
export type FollowupLicence = (typeof LICENCE_KINDS)[number];
export type AlertKind = (typeof ALERT_KINDS)[number];

export type TaskView = z.infer<typeof taskView>;
export type Worklist = z.infer<typeof worklist>;
/** The body of POST checkins (server defaults such as `confirmed` are optional here). */
export type CheckinBody = z.input<typeof checkinInput>;
export type CheckinAnswer = z.infer<typeof checkinAnswer>;
export type ConflictAnswer = Extract<CheckinAnswer, { result: 'conflict' }>;
export type ObservedValues = z.infer<typeof observedValues>;
export type CheckinView = z.infer<typeof checkinView>;
export type CheckinList = z.infer<typeof checkinList>;
export type ResolveBody = z.infer<typeof resolveInput>;
export type Take = ResolveBody['take'][ConflictField];
export type SelfReportLink = z.infer<typeof selfReportLinkReply>;
export type OutcomesReply = z.infer<typeof outcomesReply>;
export type CohortOutcome = z.infer<typeof cohortOutcome>;
export type SurvivalPoint = CohortOutcome['survival'][number];
export type AlertView = z.infer<typeof alertView>;
export type AlertList = z.infer<typeof alertList>;
