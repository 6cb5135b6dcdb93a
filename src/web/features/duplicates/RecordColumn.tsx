import { Anchor, Badge, Box, Group, Paper, Radio, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BusinessCard } from '../../api/types';
import { formatDate, formatDateTime, formatNumber, formatRupiah } from '../../lib/format';
import { COMPARED_FIELDS, type ComparedField } from './compare';

interface Props {
  card: BusinessCard;
  /** "A" or "B", to name the side. */
  side: string;
  differing: Set<ComparedField>;
  /** Offer the "Pertahankan" radio (inside the pair's Radio.Group). */
  choosable: boolean;
}

/**
 * One record of a candidate pair: its fields (those that differ from the other record highlighted and
 * announced), and where it came from (import label, file and row, or manual entry).
 * Test ids: `dup-record` (with `data-business-id`), `dup-keep-<businessId>`, `dup-field-<field>` (with `data-differs`).
 */
export function RecordColumn({ card, side, differing, choosable }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const values: Record<ComparedField, ReactNode> = {
    name: card.name,
    ownerName: card.ownerName,
    nik: card.nik,
    phone: card.phone,
    nib: card.nib,
    address: card.address,
    location: `${card.kecamatanName}, ${card.desaName}`,
    sector: i18n.exists(`options.sector.${card.sector}`) ? t(`options.sector.${card.sector}`) : card.sector,
    kbli: card.kbli,
    annualSales: card.annualSales === null ? null : formatRupiah(card.annualSales, lng),
    capital: card.capital === null ? null : formatRupiah(card.capital, lng),
    workers: formatNumber(card.workers, lng),
    createdAt: formatDateTime(card.createdAt, lng),
  };

  return (
    <Paper withBorder p="sm" radius="md" data-testid="dup-record" data-business-id={card.id}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={700} c="dimmed">
            {t('duplicates.record', { side })}
          </Text>
          {card.deleted && (
            <Badge color="gray" variant="light" radius="sm" tt="none">
              {t('duplicates.mergedAway')}
            </Badge>
          )}
        </Group>
        {choosable && <Radio value={card.id} label={t('duplicates.keepThis')} data-testid={`dup-keep-${card.id}`} />}
        <Box component="dl" m={0}>
          {COMPARED_FIELDS.map((field) => {
            const differs = differing.has(field);
            const value = values[field];
            return (
              <Box
                key={field}
                py={4}
                px={6}
                bg={differs ? 'yellow.1' : undefined}
                style={{ borderRadius: 4, borderLeft: differs ? '3px solid var(--mantine-color-yellow-7)' : '3px solid transparent' }}
                data-testid={`dup-field-${field}`}
                data-differs={differs}
              >
                <Text component="dt" size="xs" c="dimmed">
                  {t(`duplicates.fields.${field}`)}
                  {differs && <VisuallyHidden> ({t('duplicates.differs')})</VisuallyHidden>}
                </Text>
                <Text component="dd" m={0} size="sm" fw={field === 'name' ? 700 : 500} style={{ overflowWrap: 'anywhere' }}>
                  {field === 'name' && !card.deleted ? (
                    <Anchor component={Link} to={`/businesses/${card.id}`} inherit>
                      {card.name}
                    </Anchor>
                  ) : value === null || value === '' ? (
                    '—'
                  ) : (
                    value
                  )}
                </Text>
              </Box>
            );
          })}
        </Box>
        <div>
          <Text size="xs" c="dimmed" fw={700}>
            {t('duplicates.sources')}
          </Text>
          {card.sources.length === 0 ? (
            // A merged-away record's sources moved to the record that stayed.
            <Text size="sm">{t(card.deleted ? 'duplicates.sourcesMoved' : 'duplicates.sourceManual')}</Text>
          ) : (
            <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {card.sources.map((s, i) => (
                <Text component="li" size="sm" key={`${s.label}-${i}`} data-testid="dup-source" style={{ overflowWrap: 'anywhere' }}>
                  {s.label}
                  {s.fileName ? ` · ${s.fileName}` : ''}
                  {s.rowNumber !== null ? ` · ${t('duplicates.sourceRow', { row: s.rowNumber })}` : ''}
                  {` · ${formatDate(s.createdAt, lng)}`}
                </Text>
              ))}
            </Stack>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
