import type { ParticipantSource, SourceDetail } from '../../api/types';

/** The detail fields a nomination source asks for. */
export type SourceField = 'councilMember' | 'agency' | 'occasion' | 'year' | 'desaCode' | 'note';

/**
 * What each source needs: e-Pokir names the council member, another agency (PD) its name, top-down the
 * occasion (e.g. the regent's field visit), musrenbang the year and the desa. An assistant's referral and
 * self-registration need nothing more; a note is always optional.
 */
export const SOURCE_REQUIRED: Record<ParticipantSource, SourceField[]> = {
  epokir: ['councilMember'],
  agency: ['agency'],
  topdown: ['occasion'],
  musrenbang: ['year', 'desaCode'],
  assistant: [],
  self: [],
};

/** The source detail as the form edits it (all text; the year as typed). */
export interface SourceFormValues {
  councilMember: string;
  agency: string;
  occasion: string;
  year: number | '';
  desaCode: string;
  note: string;
}

/** A blank source detail; the musrenbang year starts at `year`. */
export const emptySourceForm = (year: number): SourceFormValues => ({ councilMember: '', agency: '', occasion: '', year, desaCode: '', note: '' });

const filled = (v: SourceFormValues, field: SourceField): boolean => {
  const value = v[field];
  return typeof value === 'number' ? Number.isFinite(value) : value.trim() !== '';
};

/** Required fields of the source that are still empty. */
export function missingSourceFields(source: ParticipantSource, v: SourceFormValues): SourceField[] {
  return SOURCE_REQUIRED[source].filter((f) => !filled(v, f));
}

/** The fields the form shows for a source: the required ones, then the note. */
export const sourceFieldsOf = (source: ParticipantSource): SourceField[] => [...SOURCE_REQUIRED[source], 'note'];

/** The sourceDetail to send: only the fields of this source, trimmed, blanks left out. */
export function toSourceDetail(source: ParticipantSource, v: SourceFormValues): SourceDetail {
  const out: SourceDetail = {};
  for (const field of sourceFieldsOf(source)) {
    if (!filled(v, field)) continue;
    if (field === 'year') out.year = v.year as number;
    else out[field] = (v[field]).trim();
  }
  return out;
}

/**
 * The source's detail as one short text: "H. Asep Suryana" (e-Pokir), "Dinas Pertanian" (agency),
 * "2025 · Desa Sukamaju" (musrenbang), the note otherwise. Null when there is nothing to add.
 */
export function sourceDetailText(source: ParticipantSource, d: SourceDetail, desaName?: (code: string) => string | undefined): string | null {
  const parts: string[] = [];
  if (source === 'epokir' && d.councilMember) parts.push(d.councilMember);
  if (source === 'agency' && d.agency) parts.push(d.agency);
  if (source === 'topdown' && d.occasion) parts.push(d.occasion);
  if (source === 'musrenbang') {
    if (d.year) parts.push(String(d.year));
    if (d.desaCode) parts.push(desaName?.(d.desaCode) ?? d.desaCode);
  }
  if (parts.length === 0 && d.note) parts.push(d.note);
  return parts.length > 0 ? parts.join(' · ') : null;
}
