import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BusinessDetail } from '../../api/types';
import { FactList } from '../../components/FactList';
import { Section } from '../../components/Section';
import { formatDateTime, formatNumber, formatRupiah } from '../../lib/format';
import { ScaleBadge } from './ScaleBadge';
import { StatusBadge } from './StatusBadge';

/** The business's own fields on its detail page. */
export function BusinessFacts({ business: b }: { business: BusinessDetail }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const f = (key: string) => t(`business.fields.${key}`);
  return (
    <Section title={t('business.sections.business')} testId="detail-business">
      <FactList
        facts={[
          { label: f('sector'), value: t(`options.sector.${b.sector}`), testId: 'detail-sector' },
          { label: f('kbli'), value: b.kbli },
          { label: f('kecamatanCode'), value: b.kecamatanName, testId: 'detail-kecamatan' },
          { label: f('desaCode'), value: b.desaName, testId: 'detail-desa' },
          { label: f('address'), value: b.address },
          { label: f('startYear'), value: b.startYear ? String(b.startYear) : null },
          {
            label: f('status'),
            value: (
              <Group gap={6} component="span">
                <StatusBadge status={b.status} />
                {b.statusReason && <span>{b.statusReason}</span>}
              </Group>
            ),
            testId: 'detail-status',
          },
          {
            label: f('scale'),
            value: (
              <Group gap={6} component="span">
                <ScaleBadge scale={b.scale} />
                <span>({b.scaleRuleId})</span>
              </Group>
            ),
            testId: 'detail-scale',
          },
          { label: f('capital'), value: formatRupiah(b.capital, lng), testId: 'detail-capital' },
          { label: f('annualSales'), value: formatRupiah(b.annualSales, lng), testId: 'detail-annualSales' },
          {
            label: f('workers'),
            value: t('business.workersTotal', {
              male: formatNumber(b.workersMale, lng),
              female: formatNumber(b.workersFemale, lng),
              total: formatNumber(b.workersMale + b.workersFemale, lng),
            }),
          },
          { label: f('salesChannels'), value: b.salesChannels.map((c) => t(`options.channel.${c}`)).join(', ') },
          { label: f('createdAt'), value: formatDateTime(b.createdAt, lng) },
          { label: f('updatedAt'), value: `${formatDateTime(b.updatedAt, lng)} · ${f('version')} ${b.version}` },
        ]}
      />
    </Section>
  );
}
