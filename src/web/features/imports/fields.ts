import type { ImportField } from '../../api/types';

/**
 * The registry fields an import column can feed, in the order the mapping select offers them.
 * A copy of the server's IMPORT_FIELD_NAMES (its module pulls in Zod and Drizzle, which the web
 * bundle must not): the two checks below fail the type check when the lists drift apart.
 */
export const IMPORT_FIELDS = [
  'businessName',
  'ownerName',
  'nik',
  'phone',
  'address',
  'desa',
  'kecamatan',
  'sector',
  'kbli',
  'turnoverMonthly',
  'turnoverYearly',
  'assets',
  'workers',
  'workersMale',
  'workersFemale',
  'nib',
  'startYear',
  'gender',
] as const satisfies readonly ImportField[];

type Missing = Exclude<ImportField, (typeof IMPORT_FIELDS)[number]>;
/** Compile-time: every server field is offered. */
export const IMPORT_FIELDS_COMPLETE: [Missing] extends [never] ? true : Missing = true;

/** The value of the "ignore this column" option (a Select needs a string). */
export const IGNORE = '__ignore__';
