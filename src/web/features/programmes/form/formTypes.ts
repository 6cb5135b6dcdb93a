import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import i18n from '../../../i18n';
import type { ProgrammeFormValues } from '../programmeForm';

/** The programme form as its sections receive it. */
export type ProgrammeFormApi = UseFormReturnType<ProgrammeFormValues>;

/** A readable label for a programme field path (`rules.minBusinessAgeYears` → "Umur usaha minimal"). */
export function programmeFieldLabel(t: TFunction, path: string): string {
  const [head, second] = path.split('.');
  const key = head === 'rules' && second ? `programmes.rules.${second}` : `programmes.fields.${head}`;
  return i18n.exists(key) ? t(key) : path;
}
