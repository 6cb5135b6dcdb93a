import { LabelledField, type LabelledFieldProps } from '../../lib/LabelledField';
import { useT } from '../i18n';

/** A labelled field (see LabelledField) with this app's word for "optional". */
export function Field(props: Omit<LabelledFieldProps, 'optionalText'>) {
  const { t } = useT();
  return <LabelledField {...props} optionalText={t('common.optional')} />;
}
