import { type InputHTMLAttributes, useState } from 'react';
import { useT } from '../i18n';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { testId: string };

/**
 * A password input with a "show" toggle: typing a password blind on a small touch keyboard is where
 * owners fail most. The toggle is a real button with a pressed state for screen readers.
 */
export function PasswordInput({ testId, ...props }: Props) {
  const { t } = useT();
  const [shown, setShown] = useState(false);
  return (
    <div className="password">
      <input {...props} type={shown ? 'text' : 'password'} data-testid={testId} />
      <button type="button" className="btn-link" aria-pressed={shown} onClick={() => setShown((s) => !s)} data-testid={`${testId}-toggle`}>
        {shown ? t('common.hidePassword') : t('common.showPassword')}
      </button>
    </div>
  );
}
