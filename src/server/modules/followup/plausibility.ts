/**
 * Plausibility of a follow-up check-in, judged against what was known of the business before it:
 * impossible values are refused ('error') and unlikely ones must be confirmed by the assistant
 * ("Ya, angka ini benar") before saving ('question'). Pure and browser-safe: it imports nothing from
 * Node and never reads the clock (`today` is passed in), because the assistants' offline app runs the
 * same checks as the server, and both must agree on the same input.
 */
import { SCALE_RULES, type Scale } from '../../kernel/scale-rules';
import { parseIsoDate } from './outcome-stats';

export interface CheckinValues {
  status: 'active' | 'dormant' | 'closed';
  /** Integer rupiah per month; null = not asked or not known. */
  monthlySales: number | null;
  workersMale: number | null;
  workersFemale: number | null;
  /** Required when closed or dormant. */
  statusReason?: string | null;
  /** ISO date 'YYYY-MM-DD' of the visit. */
  date: string;
}

/** The business as last known (registry + last snapshot). */
export interface PreviousState {
  scale: Scale;
  monthlySales: number | null;
  /** Total workers. */
  workers: number | null;
  lastVisitDate: string | null;
  startYear: number | null;
}

/** 'error': cannot be saved; 'question': must be confirmed ("Ya, angka ini benar") before saving. */
export type Severity = 'error' | 'question';

export interface Finding {
  field: keyof CheckinValues | 'workers';
  severity: Severity;
  /** `followup.check.<rule>`; see {@link plausibilityMessages}. */
  messageKey: string;
  /** Raw values (amounts in integer rupiah, dates ISO) for the caller to format. */
  params: Record<string, string | number>;
}

/** Sales jumps/drops beyond this factor vs the previous known monthly sales are questioned. */
const SALES_RATIO = 10;
/** Annual sales above this multiple of the scale's PP 7/2021 upper bound are questioned. */
const SCALE_SALES_MARGIN = 3;
/** Workers above these totals are far beyond the statistics office's bands (micro 1–4, small 5–19, medium 20–99). */
const WORKER_LIMIT: Partial<Record<Scale, number>> = { micro: 20, small: 100, medium: 500 };
const WORKER_CHANGE_ABS = 10;
const WORKER_CHANGE_RATIO = 3;

type Message = { id: string; en: string };

/** Texts for field assistants: plain words, say what looks wrong and what to do. Amount params are formatted by the caller (with "Rp"). */
const MESSAGES = {
  date_invalid: { id: 'Tanggal kunjungan tidak terbaca. Pilih tanggal dari kalender.', en: 'The visit date cannot be read. Pick a date from the calendar.' },
  date_future: { id: 'Tanggal kunjungan ({{date}}) belum lewat; hari ini {{today}}. Perbaiki tanggalnya.', en: 'The visit date ({{date}}) is after today ({{today}}). Correct the date.' },
  date_before_start: { id: 'Tanggal kunjungan ({{date}}) lebih awal dari tahun usaha ini berdiri ({{startYear}}). Perbaiki tanggalnya.', en: 'The visit date ({{date}}) is before the year the business started ({{startYear}}). Correct the date.' },
  date_before_last_visit: { id: 'Tanggal ini ({{date}}) lebih lama dari kunjungan terakhir ({{lastVisit}}). Apakah tanggalnya benar?', en: 'This date ({{date}}) is older than the last visit ({{lastVisit}}). Is the date right?' },
  reason_missing: { id: 'Tuliskan alasan usaha ini berhenti atau tutup.', en: 'Write down why the business has paused or closed.' },
  sales_negative: { id: 'Omzet tidak boleh kurang dari nol.', en: 'Sales cannot be below zero.' },
  sales_not_integer: { id: 'Omzet harus dalam rupiah utuh, tanpa koma atau sen.', en: 'Sales must be whole rupiah, without decimals.' },
  sales_jump: { id: 'Omzet per bulan sangat berbeda dari sebelumnya: dulu {{previous}}, sekarang {{current}}. Apakah angkanya benar?', en: 'Monthly sales are very different from before: {{previous}} then, {{current}} now. Is the figure right?' },
  sales_above_scale: { id: 'Omzet setahun ({{annual}}) jauh di atas batas kelas usaha ini ({{limit}} setahun). Apakah omzet per bulannya benar?', en: 'Yearly sales ({{annual}}) are far above the limit of this business class ({{limit}} a year). Is the monthly figure right?' },
  closed_with_sales: { id: 'Usaha dicatat tutup, tetapi omzetnya {{sales}} per bulan. Apakah usahanya masih berjalan?', en: 'The business is recorded as closed but sells {{sales}} a month. Is it still trading?' },
  workers_negative: { id: 'Jumlah tenaga kerja tidak boleh kurang dari nol.', en: 'The number of workers cannot be below zero.' },
  workers_not_integer: { id: 'Jumlah tenaga kerja harus bilangan bulat.', en: 'The number of workers must be a whole number.' },
  workers_above_scale: { id: '{{workers}} tenaga kerja terlalu banyak untuk kelas usaha ini (biasanya tidak lebih dari {{limit}}). Apakah angkanya benar?', en: '{{workers}} workers is far too many for this business class (usually no more than {{limit}}). Is the figure right?' },
  workers_change: { id: 'Jumlah tenaga kerja berubah jauh: dulu {{previous}}, sekarang {{current}} orang. Apakah angkanya benar?', en: 'The number of workers changed a lot: {{previous}} then, {{current}} now. Is the figure right?' },
} satisfies Record<string, Message>;

export type PlausibilityRule = keyof typeof MESSAGES;
const PREFIX = 'followup.check.';

/** Every message `checkPlausibility` can return, as flat `{ 'followup.check.<rule>': text }` with i18next {{param}} placeholders. */
export function plausibilityMessages(lang: 'id' | 'en'): Record<string, string> {
  return Object.fromEntries(Object.entries(MESSAGES).map(([rule, m]) => [PREFIX + rule, m[lang]]));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The findings for one check-in, errors first, then questions (each in rule order); [] when clean.
 * A field with an error is not questioned further (a ratio of a negative amount means nothing).
 *
 * Errors (impossible, cannot be saved):
 * - `date_invalid`: the date is not a real 'YYYY-MM-DD' day; nothing dated can be checked then.
 * - `date_future` (date > today): a visit cannot have happened yet; usually a mistyped year.
 * - `date_before_start` (year of the date < startYear): the business did not exist yet.
 * - `reason_missing`: closed or dormant with an empty/blank reason. The reason is what the office acts
 *   on (a dormant owner who found a job vs one who lacks capital), and many come back.
 * - `sales_negative`, `workers_negative`: counts and turnover cannot be below zero.
 * - `sales_not_integer`: amounts are integer rupiah (no sen in practice); a decimal is a typo such as
 *   "1.5" meant as 1,5 juta. `workers_not_integer` likewise (half a worker is impossible).
 *
 * Questions (possible but unlikely, must be confirmed):
 * - `sales_jump`: sales > 10× or < 1/10 of the previous known monthly sales (only when that was > 0:
 *   there is no ratio to 0). An extra or missing zero is the commonest data-entry slip. The drop side
 *   is asked only of an active business: a dormant or closed one is expected to sell far less.
 *   Params: previous, current, ratio (current/previous, 2 decimals).
 * - `sales_above_scale`: monthly × 12 > 3 × the PP 7/2021 sales ceiling of the business's current
 *   scale (micro Rp2 bn, small Rp15 bn, medium Rp50 bn a year; large has none). Growth past one class
 *   happens; more than three times past the ceiling at once is usually yearly sales typed as monthly.
 * - `workers_above_scale`: total workers > 20 (micro), 100 (small), 500 (medium): about five times the
 *   statistics office's band, so "workers in the thousands for a micro business" is asked, while an
 *   ordinary growing business is not. The total is the sum of the genders given (a lower bound).
 * - `workers_change`: |current − previous| > 10 AND (current > 3 × previous OR current < previous / 3),
 *   both at once: small firms legitimately go 1 → 4, and large ones 200 → 230; only a big jump in both
 *   absolute and relative terms smells of a typo. Needs both genders (a complete total) and a previous
 *   total. As with sales, a drop is asked only of an active business.
 * - `closed_with_sales`: a closed business with sales > 0 is probably not closed (or the figure is old).
 * - `date_before_last_visit` (date < lastVisitDate): a late entry is possible offline, but usually the
 *   date is wrong, and it would not become the latest snapshot.
 *
 * Throws a RangeError when `today` or `previous.lastVisitDate` is not an ISO date (caller's data, not
 * the assistant's input).
 */
export function checkPlausibility(values: CheckinValues, previous: PreviousState, today: string): Finding[] {
  parseIsoDate(today);
  if (previous.lastVisitDate !== null) parseIsoDate(previous.lastVisitDate);
  const found: Finding[] = [];
  const add = (field: Finding['field'], severity: Severity, rule: PlausibilityRule, params: Finding['params'] = {}) =>
    found.push({ field, severity, messageKey: PREFIX + rule, params });
  const active = values.status === 'active';

  // Date
  let dateOk = true;
  try {
    parseIsoDate(values.date);
  } catch {
    dateOk = false;
    add('date', 'error', 'date_invalid');
  }
  const date = values.date;
  if (dateOk && date > today) add('date', 'error', 'date_future', { date, today });
  if (dateOk && previous.startYear !== null && Number(date.slice(0, 4)) < previous.startYear) {
    add('date', 'error', 'date_before_start', { date, startYear: previous.startYear });
  }
  if (dateOk && previous.lastVisitDate !== null && date < previous.lastVisitDate) {
    add('date', 'question', 'date_before_last_visit', { date, lastVisit: previous.lastVisitDate });
  }

  // Status
  if (!active && !values.statusReason?.trim()) add('statusReason', 'error', 'reason_missing', { status: values.status });

  // Sales
  const sales = values.monthlySales;
  if (sales !== null) {
    if (sales < 0) add('monthlySales', 'error', 'sales_negative', { sales });
    else if (!Number.isInteger(sales)) add('monthlySales', 'error', 'sales_not_integer', { sales });
    else {
      const prev = previous.monthlySales;
      if (prev !== null && prev > 0 && (sales > SALES_RATIO * prev || (active && sales * SALES_RATIO < prev))) {
        add('monthlySales', 'question', 'sales_jump', { previous: prev, current: sales, ratio: round2(sales / prev) });
      }
      const ceilings = SCALE_RULES.PP7_2021!.salesMax;
      const ceiling = { micro: ceilings[0], small: ceilings[1], medium: ceilings[2], large: undefined }[previous.scale];
      if (ceiling !== undefined && sales * 12 > SCALE_SALES_MARGIN * ceiling) {
        add('monthlySales', 'question', 'sales_above_scale', { annual: sales * 12, limit: ceiling, scale: previous.scale });
      }
      if (values.status === 'closed' && sales > 0) add('monthlySales', 'question', 'closed_with_sales', { sales });
    }
  }

  // Workers
  let workersOk = true;
  for (const field of ['workersMale', 'workersFemale'] as const) {
    const n = values[field];
    if (n === null) continue;
    if (n < 0) add(field, 'error', 'workers_negative', { workers: n });
    else if (!Number.isInteger(n)) add(field, 'error', 'workers_not_integer', { workers: n });
    else continue;
    workersOk = false;
  }
  const { workersMale: male, workersFemale: female } = values;
  if (workersOk && (male !== null || female !== null)) {
    const total = (male ?? 0) + (female ?? 0);
    const limit = WORKER_LIMIT[previous.scale];
    if (limit !== undefined && total > limit) add('workers', 'question', 'workers_above_scale', { workers: total, limit, scale: previous.scale });
    const prev = previous.workers;
    if (male !== null && female !== null && prev !== null && prev >= 0 && Math.abs(total - prev) > WORKER_CHANGE_ABS) {
      if (total > WORKER_CHANGE_RATIO * prev || (active && total * WORKER_CHANGE_RATIO < prev)) {
        add('workers', 'question', 'workers_change', { previous: prev, current: total });
      }
    }
  }

  return [...found.filter((f) => f.severity === 'error'), ...found.filter((f) => f.severity === 'question')];
}
