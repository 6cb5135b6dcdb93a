import { useQuery } from '@tanstack/react-query';
import { useParams } from '../router';
import { api, isApiError } from '../../api/client';
import type { CertificateVerification } from '../api/types';
import { LoadError } from '../components/Loading';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { takeEarly } from '../lib/early';
import { formatDay, formatDayRange } from '../lib/format';
import { useT } from '../i18n';

/** null = no such certificate (404 is an answer here, not a failure). */
function useVerification(kw: string, code: string) {
  return useQuery({
    queryKey: ['certificate', kw, code],
    queryFn: async ({ signal }) => {
      const path = `/public/certificates/${encodeURIComponent(kw)}/${encodeURIComponent(code)}`;
      // The answer boot.ts asked for while the app was loading; anything odd → ask again through api().
      const early = await takeEarly(path)?.catch(() => undefined);
      if (early && (early.status === 404 || early.status === 422)) return null;
      if (early?.ok) return (await early.json()) as CertificateVerification;
      try {
        return await api<CertificateVerification>(path, { allow401: true, signal });
      } catch (e) {
        if (isApiError(e, 404, 422)) return null;
        throw e;
      }
    },
  });
}

/**
 * Public check of a certificate, opened from the QR on the PDF by anyone (an employer, a bank): a big
 * green "Sertifikat asli" with what it certifies, or a red "tidak ditemukan" / "dicabut". No login.
 */
export default function VerifyPage() {
  const { t, lang } = useT();
  const { kw = '', code = '' } = useParams();
  const check = useVerification(kw, code);
  return (
    <section>
      <PageHeading>{t('verify.title')}</PageHeading>
      {check.isPending && (
        <p className="loading" role="status">
          {t('verify.checking')}
        </p>
      )}
      {check.isError && <LoadError error={check.error} retry={() => void check.refetch()} />}
      {check.data === null && (
        <Notice tone="bad" title={t('verify.notFound')} testId="verify-not-found">
          <p>{t('verify.notFoundBody')}</p>
        </Notice>
      )}
      {check.data && (
        <>
          {check.data.valid && !check.data.revoked ? (
            <Notice tone="ok" title={t('verify.valid')} testId="verify-valid">
              <p>{t('verify.validBody', { issuer: check.data.tenantName })}</p>
            </Notice>
          ) : (
            <Notice tone="bad" title={t('verify.revoked')} testId="verify-revoked">
              <p>{t('verify.revokedBody')}</p>
            </Notice>
          )}
          <dl className="facts card" data-testid="verify-facts">
            <dt>{t('verify.number')}</dt>
            <dd>{check.data.number}</dd>
            <dt>{t('verify.name')}</dt>
            <dd>{check.data.participantName}</dd>
            <dt>{t('verify.business')}</dt>
            <dd>{check.data.businessName}</dd>
            <dt>{t('verify.programme')}</dt>
            <dd>{check.data.programmeTitle}</dd>
            <dt>{t('verify.batch')}</dt>
            <dd>{check.data.batchName}</dd>
            <dt>{t('verify.dates')}</dt>
            <dd>{formatDayRange(check.data.startsOn, check.data.endsOn, lang)}</dd>
            <dt>{t('verify.issuedAt')}</dt>
            <dd>{formatDay(check.data.issuedAt, lang)}</dd>
            <dt>{t('verify.issuer')}</dt>
            <dd>{check.data.tenantName}</dd>
          </dl>
        </>
      )}
    </section>
  );
}
