import { apiUrl } from '../../api/client';
import { formatNumber, formatRupiah } from '../../lib/format';
import { FOLLOWUP_LICENCES } from './constants';
import type { CohortOutcome } from './followup.types';

/** What the dashboard is about: one programme, or all programmes' participants of one kecamatan. */
export type OutcomeScope = { kind: 'programme'; programmeId: string | null } | { kind: 'kecamatan'; kecamatan: string | null };

/** The query of GET outcomes (and of the xlsx download); null while the scope is not chosen yet. */
export function outcomesQuery(scope: OutcomeScope, asOf: string | null): Record<string, string> | null {
  const q: Record<string, string> = {};
  if (scope.kind === 'programme' && scope.programmeId) q.programmeId = scope.programmeId;
  else if (scope.kind === 'kecamatan' && scope.kecamatan) q.kecamatan = scope.kecamatan;
  else return null;
  if (asOf) q.asOf = asOf;
  return q;
}

/** The "Unduh xlsx" link for the same scope and date, its headings in the user's language. */
export function outcomesXlsxUrl(kw: string, query: Record<string, string>, lng: string): string {
  return apiUrl(`/tenants/${kw}/followup/outcomes.xlsx`, { ...query, lang: lng === 'en' ? 'en' : 'id' });
}

const MINUS = '\u2212';

/** A change with its sign ("+3", "−2", "0"; with `digits`, "+0,3"): a change, not a level. */
export function formatSigned(value: number | null | undefined, lng: string, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const abs = digits === 0 ? formatNumber(Math.abs(value), lng) : new Intl.NumberFormat(lng === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits }).format(Math.abs(value));
  return value > 0 ? `+${abs}` : value < 0 ? `${MINUS}${abs}` : abs;
}

/** A percentage change with one decimal and its sign: "+12,5%" (id) / "+12.5%" (en), written like Intl's percentages. */
export function formatPercentChange(value: number | null | undefined, lng: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const f = new Intl.NumberFormat(lng === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1, minimumFractionDigits: 0 });
  const abs = f.format(Math.abs(value));
  const sign = value > 0 ? '+' : value < 0 ? MINUS : '';
  return `${sign}${abs}%`;
}

/** A rupiah change with its sign: "+Rp 150.000" / "−Rp 20.000". */
export function formatRupiahChange(value: number | null | undefined, lng: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const abs = formatRupiah(Math.abs(value), lng);
  return value > 0 ? `+${abs}` : value < 0 ? `${MINUS}${abs}` : abs;
}

/** One licence kind with how many gained it in the cohort and in the comparison group. */
export interface LegalityRow {
  kind: string;
  cohort: number;
  comparison: number | null;
}

/** Licence kinds either group gained, in the usual order (NIB first), unknown kinds last by name. */
export function legalityRows(cohort: CohortOutcome['legalityGained'], comparison: CohortOutcome['legalityGained'] | null): LegalityRow[] {
  const kinds = new Set([...Object.keys(cohort), ...Object.keys(comparison ?? {})]);
  const order = (k: string) => {
    const i = (FOLLOWUP_LICENCES as string[]).indexOf(k);
    return i === -1 ? FOLLOWUP_LICENCES.length : i;
  };
  return [...kinds]
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((kind) => ({ kind, cohort: cohort[kind] ?? 0, comparison: comparison ? (comparison[kind] ?? 0) : null }));
}

/** Share of `part` in `whole` as a whole percentage; null when there is no whole. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

/** Net jobs per business with one decimal (groups differ in size, so totals alone do not compare); null without businesses. */
export function perBusiness(total: number, businesses: number): number | null {
  return businesses > 0 ? Math.round((total / businesses) * 10) / 10 : null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The dashboard's scope and date from the address: /programmes/:id/outcomes preselects that programme;
 * /followup/outcomes reads ?programmeId= or ?kecamatan= (programme by default), and ?asOf= (else today).
 */
export function readOutcomeParams(search: URLSearchParams, routeProgrammeId: string | undefined, today: string): { scope: OutcomeScope; asOf: string } {
  const asked = search.get('asOf') ?? '';
  const asOf = ISO_DATE.test(asked) ? asked : today;
  if (routeProgrammeId) return { scope: { kind: 'programme', programmeId: routeProgrammeId }, asOf };
  const kecamatan = search.get('kecamatan');
  if (search.get('by') === 'kecamatan' || kecamatan) return { scope: { kind: 'kecamatan', kecamatan: kecamatan || null }, asOf };
  return { scope: { kind: 'programme', programmeId: search.get('programmeId') || null }, asOf };
}
