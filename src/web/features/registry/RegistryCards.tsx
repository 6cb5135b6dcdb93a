import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BusinessSummary } from '../../api/types';
import { NibBadge } from './NibBadge';
import { ScaleBadge } from './ScaleBadge';
import { StatusBadge } from './StatusBadge';

/** Registry results as tappable cards (phones). Each card: `registry-row` with `data-id`. */
export function RegistryCards({ items }: { items: BusinessSummary[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="registry-cards">
      {items.map((b) => (
        <li key={b.id}>
          <Card withBorder padding="sm" component={Link} to={`/businesses/${b.id}`} className="clickable-card" data-testid="registry-row" data-id={b.id}>
            <Text fw={700} c="blue.9" style={{ overflowWrap: 'anywhere' }}>
              {b.name}
            </Text>
            <Text size="sm">
              {b.ownerName} · {t(`options.sector.${b.sector}`)}
            </Text>
            <Text size="sm" c="dimmed">
              {b.kecamatanName}, {b.desaName}
            </Text>
            <Group gap={6} mt={6}>
              <ScaleBadge scale={b.scale} />
              <StatusBadge status={b.status} />
              <NibBadge hasNib={b.hasNib} />
            </Group>
          </Card>
        </li>
      ))}
    </Stack>
  );
}
