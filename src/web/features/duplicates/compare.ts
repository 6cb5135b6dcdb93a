import type { BusinessCard } from '../../api/types';

/** The fields shown side by side for a pair, in display order. */
export const COMPARED_FIELDS = [
  'name',
  'ownerName',
  'nik',
  'phone',
  'nib',
  'address',
  'location',
  'sector',
  'kbli',
  'annualSales',
  'capital',
  'workers',
  'createdAt',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** The comparable value of a field: case, spacing and punctuation do not make two values differ. */
function comparable(card: BusinessCard, field: ComparedField): string {
  const raw = field === 'location' ? `${card.kecamatanCode} ${card.desaName}` : card[field];
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'number') return String(raw);
  return raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Fields whose values differ between the two records (an empty value on one side counts as different). */
export function differingFields(a: BusinessCard, b: BusinessCard): Set<ComparedField> {
  return new Set(COMPARED_FIELDS.filter((f) => f !== 'createdAt' && comparable(a, f) !== comparable(b, f)));
}

/** The record that stays by default: the older one (created first). */
export function olderOf(a: BusinessCard, b: BusinessCard): BusinessCard {
  return Date.parse(b.createdAt) < Date.parse(a.createdAt) ? b : a;
}

/** The score as a whole percentage: 0.934 → 93. */
export const scorePercent = (score: number) => Math.round(Math.min(Math.max(score, 0), 1) * 100);

/** A reason code from the matcher, split from an optional detail ("business_name_similar:0.91"). */
export function parseReason(reason: string): { code: string; detail: string | null } {
  const at = reason.indexOf(':');
  return at < 0 ? { code: reason, detail: null } : { code: reason.slice(0, at), detail: reason.slice(at + 1) };
}

/** Whether a reason speaks against the pair being the same ("nik_differs", "different_kecamatan"). */
export const isContraReason = (code: string) => /_(differs|mismatch|conflict)$|^different_/.test(code);
