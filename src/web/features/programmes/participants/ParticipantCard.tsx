import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCertificate, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '../../../api/types';
import { translateOr } from '../../../lib/messages';
import type { CodeLabels } from '../reasons';
import { certificateUrl } from '../participants.api';
import { sourceDetailText } from '../sources';
import { ParticipantStatusBadge } from '../ProgrammeStatusBadge';
import { DecisionButtons } from './DecisionButtons';
import { EligibilityChips } from './EligibilityChips';
import { RevokeCertificate } from './RevokeCertificate';

interface Props {
  kw: string;
  p: ParticipantView;
  labels: CodeLabels;
  desaName: (code: string) => string | undefined;
  canDecide: boolean;
  batchCompleted: boolean;
}

/**
 * One screened candidate: rank, business and owner, kecamatan, source with its detail ("e-Pokir: H. Asep
 * Suryana"), first-time badge, status, the reason chips, the override reason if any, attendance and the
 * certificate link, and the decisions. Test ids: `participant-row` (with `data-participant-id`, `data-status`,
 * `data-eligible`), `participant-source`, `participant-first-time`, `participant-override`, `participant-certificate`.
 */
export function ParticipantCard({ kw, p, labels, desaName, canDecide, batchCompleted }: Props) {
  const { t, i18n } = useTranslation();
  const detail = sourceDetailText(p.source, p.sourceDetail, desaName);
  const source = t(`programmes.source.${p.source}`);
  return (
    <Paper withBorder p="sm" radius="md" component="article" data-testid="participant-row" data-participant-id={p.id} data-status={p.status} data-eligible={String(p.eligible)}>
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
              <Text span c="dimmed" fw={700} mr={6} aria-label={t('programmes.participant.rank', { rank: p.rank })}>
                #{p.rank}
              </Text>
              {p.businessName}
            </Text>
            <Text size="sm">
              {p.ownerName} · {p.kecamatanName} · {translateOr(t, `options.scale.${p.scale}`, p.scale)} · {translateOr(t, `options.sector.${p.sector}`, p.sector)}
            </Text>
          </div>
          <ParticipantStatusBadge status={p.status} />
        </Group>
        <Group gap={6}>
          {p.firstTime && (
            <Badge color="violet" variant="light" tt="none" leftSection={<IconSparkles size={12} aria-hidden />} data-testid="participant-first-time">
              {t('programmes.participant.firstTime')}
            </Badge>
          )}
          <Badge color={p.eligible ? 'teal' : 'red'} variant="outline" tt="none" data-testid="participant-eligible">
            {t(p.eligible ? 'programmes.participant.eligible' : 'programmes.participant.ineligible')}
          </Badge>
          <Text size="sm" data-testid="participant-source" data-source={p.source}>
            {detail ? `${source}: ${detail}` : source}
          </Text>
        </Group>
        <EligibilityChips reasons={p.reasons} labels={labels} />
        {p.overrideReason && (
          <Text size="sm" c="orange.9" data-testid="participant-override">
            {t('programmes.participant.override', { reason: p.overrideReason, name: p.decidedByName ?? '—' })}
          </Text>
        )}
        {(p.attended > 0 || p.attendancePercent !== null) && (
          <Text size="sm" c="dimmed">
            {t('programmes.participant.attendance', { n: p.attended, pct: p.attendancePercent ?? 0 })}
          </Text>
        )}
        {p.certificateId && (
          <Group gap="xs" justify="space-between">
            <Anchor href={certificateUrl(kw, p.certificateId, i18n.language)} target="_blank" rel="noopener" fw={600} data-testid="participant-certificate">
              <Group gap={4} component="span">
                <IconCertificate size={16} aria-hidden />
                {t('programmes.participant.certificate')}
              </Group>
            </Anchor>
            {canDecide && <RevokeCertificate kw={kw} p={{ ...p, certificateId: p.certificateId }} />}
          </Group>
        )}
        {p.certificateRevoked && !p.certificateId && (
          <Text size="sm" c="red.8" fw={600} data-testid="participant-certificate-revoked">
            {t('programmes.participant.certificateRevoked')}
          </Text>
        )}
        {canDecide && <DecisionButtons kw={kw} p={p} batchCompleted={batchCompleted} />}
      </Stack>
    </Paper>
  );
}
