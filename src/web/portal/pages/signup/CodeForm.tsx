import { type FormEvent, useState } from 'react';
import { useVerifySignup } from '../../api/portal';
import type { SignupStarted } from '../../api/types';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useFormProblems } from '../../lib/form';
import { isOtp, maskPhone, normaliseOtp } from '../../lib/input';
import { useT } from '../../i18n';

interface Props {
  kodeWilayah: string;
  phone: string;
  started: SignupStarted;
  resending: boolean;
  /** This is the second or later code sent for these details. */
  resent: boolean;
  onResend: (onError: (e: unknown) => void) => void;
  onChangeNumber: () => void;
  onDone: () => void;
}

/**
 * The 6-digit code screen. `autocomplete=one-time-code` lets Android offer the code from the SMS;
 * `inputmode=numeric` opens the number pad. An expired code offers "Kirim kode baru" right there.
 */
export function CodeForm({ kodeWilayah, phone, started, resending, resent, onResend, onChangeNumber, onDone }: Props) {
  const { t } = useT();
  const verify = useVerifySignup();
  const problems = useFormProblems();
  const [code, setCode] = useState('');
  const expired = problems.general?.key === 'errors.portal.codeExpired' || problems.general?.key === 'errors.rateLimited';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!problems.check({ code: isOtp(code) ? null : { key: 'validation.otp6', params: {} } })) return;
    verify.mutate({ kodeWilayah, signupId: started.signupId, code }, { onSuccess: onDone, onError: problems.fromError });
  };

  return (
    <form ref={problems.formRef} onSubmit={submit} noValidate>
      <Notice tone="info" testId="signup-code-sent">
        <p>{t('signup.codeSent', { phone: phone ? maskPhone(phone) : started.maskedPhone })}</p>
        <p>{t('signup.codeHint', { minutes: started.expiresInMinutes })}</p>
      </Notice>
      {resent && <Notice tone="ok">{t('signup.resent')}</Notice>}
      <Field label={t('signup.code')} error={problems.fieldText('code')}>
        {(w) => (
          <input
            {...w}
            className="otp"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(normaliseOtp(e.target.value))}
            data-testid="signup-code"
          />
        )}
      </Field>
      {problems.generalText && <Notice tone="bad" testId="signup-code-error">{problems.generalText}</Notice>}
      {!expired && (
        <button type="submit" className="btn btn-primary" disabled={verify.isPending} data-testid="signup-verify">
          {verify.isPending ? t('common.sending') : t('signup.verify')}
        </button>
      )}
      <button
        type="button"
        className={expired ? 'btn btn-primary' : 'btn btn-secondary'}
        disabled={resending}
        onClick={() => onResend(problems.fromError)}
        data-testid="signup-resend"
      >
        {t('signup.resend')}
      </button>
      <button type="button" className="btn-link" onClick={onChangeNumber} data-testid="signup-change-number">
        {t('signup.changeNumber')}
      </button>
    </form>
  );
}
