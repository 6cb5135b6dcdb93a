import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../../components/ReasonModal';

interface Props {
  opened: boolean;
  name: string;
  loading: boolean;
  /** A translated server error to show (e.g. the reason was refused). */
  error: string | null;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}

/**
 * Accepting a candidate the rules screen out: the officer writes why (recorded and audited).
 * Test ids: `override-reason`, `override-confirm`, `override-error`.
 */
export function OverrideModal({ name, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <ReasonModal
      {...rest}
      title={t('programmes.override.title')}
      body={t('programmes.override.body', { name })}
      label={t('programmes.override.reason')}
      hint={t('programmes.override.hint')}
      confirmLabel={t('programmes.override.confirm')}
      color="orange"
      minLength={5}
      tooShort={t('programmes.override.tooShort')}
      testId="override"
    />
  );
}
