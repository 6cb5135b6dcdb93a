import { useEffect, useRef, useState } from 'react';
import { useWithdraw } from '../../api/portal';
import type { MyApplication } from '../../api/types';
import { Notice } from '../../components/Notice';
import { translateKey, useT } from '../../i18n';
import { errorKey } from '../../lib/form';

/**
 * "Batalkan pendaftaran" with a confirmation in place (no pop-up: pop-ups confuse on small phones and
 * for screen readers). The question takes the focus; "Tidak jadi" gives it back to the button.
 */
export function WithdrawButton({ kw, application }: { kw: string; application: MyApplication }) {
  const { t } = useT();
  const withdraw = useWithdraw(kw);
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const failure = withdraw.isError ? errorKey(withdraw.error) : null;
  if (!asking) {
    return (
      <button ref={buttonRef} type="button" className="btn btn-secondary" onClick={() => setAsking(true)} data-testid="application-withdraw">
        {t('status.withdraw')}
      </button>
    );
  }
  return (
    <div className="notice bad" data-testid="application-withdraw-confirm">
      <p ref={questionRef} tabIndex={-1} className="notice-title">
        {t('status.withdrawConfirm', { programme: application.programmeTitle })}
      </p>
      {failure && <Notice tone="bad">{translateKey(failure.key, failure.params)}</Notice>}
      <button type="button" className="btn btn-danger" disabled={withdraw.isPending} onClick={() => withdraw.mutate(application.id, { onSuccess: () => setAsking(false) })} data-testid="application-withdraw-yes">
        {withdraw.isPending ? t('common.sending') : t('status.withdrawYes')}
      </button>
      <button type="button" className="btn btn-secondary" onClick={() => setAsking(false)} data-testid="application-withdraw-no">
        {t('status.withdrawNo')}
      </button>
    </div>
  );
}
