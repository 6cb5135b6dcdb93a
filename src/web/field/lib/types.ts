/**
 * Shapes of the follow-up API, taken from the server's Zod schemas with type-only imports (erased at
 * build, so nothing of the server lands in the phone bundle): client and server cannot drift apart.
 */
import type { z } from 'zod';
import type { meResponse } from '../../../server/modules/auth/auth.schemas';
import type { checkinAnswer, checkinInput, fieldBusiness, fieldPack, resolveInput, taskView } from '../../../server/modules/followup/followup.schemas';
import type { Finding } from '../../../server/modules/followup/plausibility';
import type { QueuedCheckin } from '../sync-queue';

export type Me = z.infer<typeof meResponse>;
export type Membership = Me['memberships'][number];
export type FieldPack = z.infer<typeof fieldPack>;
export type FieldBusiness = z.infer<typeof fieldBusiness>;
export type TaskView = z.infer<typeof taskView>;
export type CheckinAnswer = z.infer<typeof checkinAnswer>;
export type ConflictAnswer = Extract<CheckinAnswer, { result: 'conflict' }>;
export type RejectedAnswer = Extract<CheckinAnswer, { result: 'rejected' }>;
export type ResolveInput = z.infer<typeof resolveInput>;
export type { Finding };

/** A check-in as sent to the server (`checkinInput`, before defaults). */
export type CheckinWire = z.input<typeof checkinInput>;
/** What the queue keeps: the check-in without its id (the queue's item id is the check-in id). */
export type CheckinPayload = Omit<CheckinWire, 'id'>;
/** One check-in waiting on this phone. */
export type QueuedItem = QueuedCheckin<CheckinPayload>;
