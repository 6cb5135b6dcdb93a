import { useState } from 'react';
import { useNavigate } from '../router';
import { useSignup } from '../api/portal';
import type { SignupStarted } from '../api/types';
import { PageHeading } from '../components/PageHeading';
import { CodeForm } from './signup/CodeForm';
import { type SignupValues, SignupForm } from './signup/SignupForm';
import { useT } from '../i18n';

const EMPTY: SignupValues = { kodeWilayah: '', fullName: '', phone: '', password: '' };

/**
 * "Daftar" in two screens, one task each: the details (regency, name, phone, password), then the
 * 6-digit code sent to the phone. The details stay in memory so "Kirim kode baru" needs no retyping.
 */
export default function SignupPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const signup = useSignup();
  const [values, setValues] = useState<SignupValues>(EMPTY);
  const [started, setStarted] = useState<SignupStarted | null>(null);
  const [sends, setSends] = useState(0);

  const send = (v: SignupValues, onError?: (e: unknown) => void) =>
    signup.mutate({ ...v, phone: v.phone.trim(), fullName: v.fullName.trim() }, {
        onSuccess: (s) => {
          setStarted(s);
          setSends((n) => n + 1);
        },
        onError,
      });

  return (
    <section>
      <PageHeading>{started ? t('signup.codeTitle') : t('signup.title')}</PageHeading>
      {started ? (
        <CodeForm
          key={started.signupId}
          kodeWilayah={values.kodeWilayah}
          phone={values.phone}
          started={started}
          resending={signup.isPending}
          resent={sends > 1}
          onResend={(onError) => send(values, onError)}
          onChangeNumber={() => {
            setStarted(null);
            setSends(0);
          }}
          onDone={() => navigate('/beranda', { replace: true })}
        />
      ) : (
        <SignupForm values={values} onChange={setValues} pending={signup.isPending} onSubmit={(onError) => send(values, onError)} />
      )}
    </section>
  );
}
