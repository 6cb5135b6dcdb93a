import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../components/ReasonModal';

/** Asks why a claim is rejected (the owner sees it in the portal). Test ids: `claim-reject-reason`, `claim-reject-confirm`. */
export function RejectClaimModal(props: { opened: boolean; loading: boolean; error: string | null; onClose: () => void; onConfirm: (reason: string) => void }) {
  const { t } = useTranslation();
  return (
    <ReasonModal
      {...props}
      title={t('claims.rejectTitle')}
      label={t('claims.rejectReason')}
      hint={t('claims.rejectHint')}
      confirmLabel={t('claims.reject')}
      color="red"
      minLength={3}
      tooShort={t('validation.required')}
      testId="claim-reject"
    />
  );
}
