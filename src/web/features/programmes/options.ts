import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Element, Factor, ParticipantSource, ParticipantStatus, ProgrammeKind, ProgrammeStatus, Topic } from '../../api/types';
import type { Option } from '../registry/options';

// The server's lists, repeated here so the web bundle does not pull in the table module (checked by options.test.ts).
export const PROGRAMME_KINDS: ProgrammeKind[] = ['training', 'mentoring', 'consultation', 'socialisation', 'study_visit', 'wub', 'other'];
export const TOPICS: Topic[] = [
  'capital', 'digital_marketing', 'packaging', 'bookkeeping', 'production', 'legality', 'halal', 'brand', 'entrepreneurship', 'market_access', 'other',
];
export const FACTORS: Factor[] = ['capital', 'human_resources', 'partnership', 'market'];
export const ELEMENTS: Element[] = ['enabling', 'empowering', 'protecting'];
export const PROGRAMME_STATUSES: ProgrammeStatus[] = ['draft', 'open', 'closed'];
export const SOURCES: ParticipantSource[] = ['epokir', 'agency', 'topdown', 'musrenbang', 'assistant', 'self'];
export const PARTICIPANT_STATUSES: ParticipantStatus[] = ['applied', 'accepted', 'waitlisted', 'rejected', 'withdrawn', 'completed', 'not_completed'];
/** Licence kinds a programme may require (the eligibility rule's list). */
export const RULE_LICENCES = ['NIB', 'SKU', 'PIRT', 'HALAL', 'HKI', 'NPWP'] as const;

/** Badge colours of a programme's status. */
export const PROGRAMME_STATUS_COLOR: Record<ProgrammeStatus, string> = { draft: 'gray', open: 'green', closed: 'dark' };
/** Badge colours of a participant's status. */
export const PARTICIPANT_STATUS_COLOR: Record<ParticipantStatus, string> = {
  applied: 'blue',
  accepted: 'green',
  waitlisted: 'orange',
  rejected: 'red',
  withdrawn: 'gray',
  completed: 'teal',
  not_completed: 'pink',
};

/** Translated option lists of the programme screens. */
export function useProgrammeOptions() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const list = (values: readonly string[], prefix: string): Option[] => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
    return {
      kinds: list(PROGRAMME_KINDS, 'programmes.kind'),
      topics: list(TOPICS, 'programmes.topic'),
      factors: list(FACTORS, 'programmes.factor'),
      elements: list(ELEMENTS, 'programmes.element'),
      statuses: list(PROGRAMME_STATUSES, 'programmes.status'),
      sources: list(SOURCES, 'programmes.source'),
      licences: list(RULE_LICENCES, 'options.licenceKind'),
    };
    // i18n.language: re-translate when the language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, i18n.language]);
}
