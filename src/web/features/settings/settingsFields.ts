import type { Letterhead, ScaleRuleId } from '../../api/types';

/** The lines of the kop surat, top to bottom, as they print above a report. */
export const HEAD_LINES = ['government', 'office', 'address', 'contact'] as const satisfies readonly (keyof Letterhead)[];

/** The signature block under a report: place (with the date), the signer's title and name. */
export const SIGNER_FIELDS = ['city', 'signerTitle', 'signerName'] as const satisfies readonly (keyof Letterhead)[];

/** Every letterhead field, in the order of the form. */
export const LETTERHEAD_FIELDS: (keyof Letterhead)[] = [...HEAD_LINES, ...SIGNER_FIELDS];

/** The scale rules an office can choose; the first is the current rule and the default. */
export const SCALE_RULE_IDS: ScaleRuleId[] = ['PP7_2021', 'UU20_2008'];

/** The server's limit for every letterhead line. */
export const MAX_LINE_LENGTH = 200;

/** The auto-merge threshold's range (the server's), and the value offered when it is switched on. */
export const AUTO_MERGE_MIN = 0.8;
export const AUTO_MERGE_MAX = 1;
export const AUTO_MERGE_DEFAULT = 0.95;
