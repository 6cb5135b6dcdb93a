import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { ClaimView } from '../../api/types';
import { FactList } from '../../components/FactList';
import { formatDateTime, formatRupiah } from '../../lib/format';
import { errorMessage, translateKey, translateOr } from '../../lib/messages';
import { fieldLabel } from '../registry/form/fieldPaths';
import { useDecideClaim } from './claims.api';
import { RejectClaimModal } from './RejectClaimModal';

/** What the claim is about: for `link` the registry owner and their businesses, for `new` what the owner typed. */
function ClaimFacts({ c }: { c: ClaimView }) {
  const { t, i18n } = useTranslation();
  const f = (key: string) => t(`claims.fields.${key}`);
  if (c.kind === 'link') {
    return (
      <FactList
        facts={[
          { label: f('typedNik'), value: c.nik, testId: 'claim-nik' },
          { label: f('registryOwner'), value: c.ownerName ?? t('claims.noRegistryOwner'), testId: 'claim-owner' },
          { label: f('registryPhone'), value: c.ownerPhone },
          { label: f('businesses'), value: c.businessNames.join(', ') },
        ]}
      />
    );
  }
  const p = c.payload;
  return (
    <FactList
      facts={[
        { label: f('businessName'), value: p?.businessName, testId: 'claim-business' },
        { label: f('sector'), value: p ? translateOr(t, `options.sector.${p.sector}`, p.sector) : null },
        { label: f('place'), value: [c.desaName, c.kecamatanName].filter(Boolean).join(', ') },
        { label: f('address'), value: p?.address },
        { label: f('startYear'), value: p?.startYear },
        { label: f('nik'), value: p?.nik },
        { label: f('gender'), value: p?.gender ? t(`options.gender.${p.gender}`) : null },
        { label: f('annualSales'), value: p?.annualSales == null ? null : formatRupiah(p.annualSales, i18n.language) },
      ]}
    />
  );
}

/**
 * One owner claim from the portal: who signed up (name, verified phone), what they ask, and for a pending
 * claim "Setujui" / "Tolak" (with a reason). Test ids: `claim-row` (with `data-claim-id`, `data-kind`,
 * `data-status`), `claim-approve`, `claim-reject`, `claim-error`.
 */
export function ClaimCard({ kw, c }: { kw: string; c: ClaimView }) {
  const { t, i18n } = useTranslation();
  const decide = useDecideClaim(kw);
  const [rejectOpen, setRejectOpen] = useState(false);
  // A link request for a NIK the registry does not have: nothing to link to, the officer can only reject it.
  const unknownNik = c.kind === 'link' && c.ownerName === null;
  const send = (action: 'approve' | 'reject', reason?: string) =>
    decide.mutate(
      { claimId: c.id, body: { action, reason: reason ?? null } },
      {
        onSuccess: () => {
          setRejectOpen(false);
          notifications.show({ color: 'green', message: t(action === 'approve' ? 'claims.approved' : 'claims.rejected', { name: c.userName }) });
        },
      },
    );
  return (
    <Paper withBorder p="md" radius="md" component="article" data-testid="claim-row" data-claim-id={c.id} data-kind={c.kind} data-status={c.status}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Text fw={700}>{c.userName}</Text>
            <Text size="sm" c="dimmed">
              {t('claims.signedUp', { phone: c.phone, date: formatDateTime(c.createdAt, i18n.language) })}
            </Text>
          </div>
          <Badge color={c.kind === 'link' ? 'blue' : 'grape'} variant="light" tt="none">
            {t(`claims.kind.${c.kind}`)}
          </Badge>
        </Group>
        <Text size="sm">{t(unknownNik ? 'claims.explain.linkUnknown' : `claims.explain.${c.kind}`)}</Text>
        <ClaimFacts c={c} />
        {decide.isError && !rejectOpen && (
          <Alert color={isApiError(decide.error, 409) ? 'orange' : 'red'} role="alert" data-testid="claim-error">
            {errorMessage(t, decide.error)}
            {isApiError(decide.error, 422) &&
              decide.error.fields.map((f) => (
                <Text key={f.field} size="sm">
                  {fieldLabel(t, f.field)}: {translateKey(t, f.messageKey, f.params)}
                </Text>
              ))}
          </Alert>
        )}
        {c.status === 'pending' && (
          <Group justify="flex-end" gap="sm">
            <Button variant="light" color="red" leftSection={<IconX size={18} aria-hidden />} disabled={decide.isPending} onClick={() => setRejectOpen(true)} data-testid="claim-reject">
              {t('claims.reject')}
            </Button>
            {!unknownNik && <Button color="green" leftSection={<IconCheck size={18} aria-hidden />} loading={decide.isPending && decide.variables?.body.action === 'approve'} onClick={() => send('approve')} data-testid="claim-approve">
              {t('claims.approve')}
            </Button>}
          </Group>
        )}
      </Stack>
      <RejectClaimModal opened={rejectOpen} loading={decide.isPending} error={rejectOpen && decide.isError ? errorMessage(t, decide.error) : null} onClose={() => setRejectOpen(false)} onConfirm={(reason) => send('reject', reason)} />
    </Paper>
  );
}
