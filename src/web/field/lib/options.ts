/**
 * Value lists the field app shows as choices: the owner portal's copies of the server's lists (importing
 * `followup.schemas` or `registry.table` would pull zod and drizzle into the phone bundle), so an owner
 * and their assistant choose from the same lists. `options.test.ts` keeps them equal to the server's.
 */
import { LICENCE_KINDS, SALES_CHANNELS } from '../../portal/lib/options';

export { BUSINESS_STATUSES, type BusinessStatus, LICENCE_KINDS, SALES_CHANNELS, TOPICS, type Topic } from '../../portal/lib/options';
export type SalesChannel = (typeof SALES_CHANNELS)[number];
export type LicenceKind = (typeof LICENCE_KINDS)[number];

/** The registry fields a check-in can conflict on (the two sides of a conflict). */
export const CONFLICT_FIELDS = ['status', 'monthlySales', 'workersMale', 'workersFemale', 'salesChannels'] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

/** Largest decoded photo the server accepts. */
export const MAX_PHOTO_BYTES = 400_000;

/** Worklist tabs, in the order shown. */
export const TABS = ['due', 'overdue', 'upcoming', 'done'] as const;
export type Tab = (typeof TABS)[number];
