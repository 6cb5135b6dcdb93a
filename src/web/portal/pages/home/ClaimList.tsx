import type { PortalMe } from '../../api/types';
import { useT } from '../../i18n';

/** The owner's requests to the office, in words ("Usaha baru: Keripik Bu Euis"), with a refusal's reason. */
export function ClaimList({ claims }: { claims: PortalMe['claims'] }) {
  const { t } = useT();
  return (
    <ul>
      {claims.map((c) => (
        <li key={c.id} data-testid="home-claim" data-status={c.status}>
          {c.kind === 'new' ? t('home.claimNew', { name: c.businessName ?? '' }) : t('home.claimLink')}
          {c.status === 'rejected' && c.rejectReason && <> — {t('home.rejectedReason', { reason: c.rejectReason })}</>}
        </li>
      ))}
    </ul>
  );
}
