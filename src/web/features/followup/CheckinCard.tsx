import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FactList } from '../../components/FactList';
import { formatDate, formatDateTime, formatNumber, formatRupiah } from '../../lib/format';
import { StatusBadge } from '../registry/StatusBadge';
import { photoUrl } from './followup.api';
import { osmUrl } from './geo';
import type { CheckinChannel, CheckinView } from './followup.types';

const CHANNEL_COLOR: Record<CheckinChannel, string> = { app: 'indigo', self: 'grape', office: 'cyan' };

/**
 * One visit in a business's history: date, channel (Aplikasi lapangan / Lapor mandiri / Kantor), who, the
 * values recorded, the photo (thumbnail opening the full image), GPS as a map link and the conflict state.
 * Test ids: `checkin-row` (with `data-checkin-id`, `data-channel`), `checkin-photo`, `checkin-gps`, `checkin-conflict-state`.
 */
export function CheckinCard({ kw, c, showBusiness = false }: { kw: string; c: CheckinView; showBusiness?: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = (items: readonly string[] | null, prefix: string) => (items && items.length > 0 ? items.map((x) => t(`${prefix}.${x}`, { defaultValue: x })).join(', ') : null);
  const workers = c.workersMale === null && c.workersFemale === null ? null : t('followup.workersSplit', { male: formatNumber(c.workersMale, lng), female: formatNumber(c.workersFemale, lng) });
  return (
    <Card withBorder padding="md" radius="md" data-testid="checkin-row" data-checkin-id={c.id} data-channel={c.channel}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            {showBusiness && (
              <Anchor component={Link} to={`/followup/businesses/${c.businessId}`} fw={700}>
                {c.businessName}
              </Anchor>
            )}
            <Text fw={600}>{formatDate(c.visitedOn, lng)}</Text>
            <Text size="sm" c="dimmed">
              {t('followup.history.by', { name: c.recordedByName, at: formatDateTime(c.createdAt, lng) })}
            </Text>
          </Stack>
          <Group gap={6}>
            <Badge color={CHANNEL_COLOR[c.channel]} variant="light" tt="none">
              {t(`followup.channel.${c.channel}`)}
            </Badge>
            <StatusBadge status={c.status} />
            {c.conflict && (
              <Badge color={c.conflict.resolvedAt ? 'teal' : 'orange'} variant="outline" tt="none" data-testid="checkin-conflict-state" data-resolved={Boolean(c.conflict.resolvedAt)}>
                {c.conflict.resolvedAt ? t('followup.conflict.stateResolved') : t('followup.conflict.stateOpen')}
              </Badge>
            )}
          </Group>
        </Group>
        <Group align="flex-start" gap="md" wrap="nowrap">
          {c.hasPhoto && (
            <Anchor href={photoUrl(kw, c.id)} target="_blank" rel="noopener" aria-label={t('followup.history.photo', { date: formatDate(c.visitedOn, lng) })} data-testid="checkin-photo">
              <img src={photoUrl(kw, c.id)} alt="" width={88} height={88} loading="lazy" style={{ objectFit: 'cover', borderRadius: 4, display: 'block' }} />
            </Anchor>
          )}
          <div style={{ flex: 1, minWidth: 0 }}>
            <FactList
              facts={[
                { label: t('followup.fields.monthlySales'), value: c.monthlySales === null ? null : formatRupiah(c.monthlySales, lng) },
                { label: t('followup.fields.workers'), value: workers },
                ...(c.statusReason ? [{ label: t('followup.fields.statusReason'), value: c.statusReason }] : []),
                { label: t('followup.fields.salesChannels'), value: list(c.salesChannels, 'options.channel') },
                { label: t('followup.fields.newProducts'), value: c.newProducts },
                { label: t('followup.fields.licencesObtained'), value: list(c.licencesObtained, 'options.licenceKind') },
                { label: t('followup.fields.problems'), value: c.problems },
                { label: t('followup.fields.needs'), value: list(c.needs, 'programmes.topic') },
              ]}
            />
          </div>
        </Group>
        {c.latitude !== null && c.longitude !== null && (
          <Anchor href={osmUrl(c.latitude, c.longitude)} target="_blank" rel="noopener" size="sm" data-testid="checkin-gps">
            <IconMapPin size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t('followup.history.gps', { lat: c.latitude.toFixed(5), lon: c.longitude.toFixed(5) })}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
