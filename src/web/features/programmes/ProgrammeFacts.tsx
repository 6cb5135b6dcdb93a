import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeView, Regions } from '../../api/types';
import { FactList } from '../../components/FactList';
import { formatNumber, formatRupiah } from '../../lib/format';
import { translateOr } from '../../lib/messages';
import { TargetMeter } from './ProgrammeList';
import { ruleLines } from './rules';

/** Labels a rule line's codes (scales, sectors, licences). */
function useCodeList() {
  const { t } = useTranslation();
  const prefix = { scale: 'options.scale', sector: 'options.sector', licence: 'options.licenceKind' } as const;
  return (kind: keyof typeof prefix, values: string[]) => values.map((v) => translateOr(t, `${prefix[kind]}.${v}`, v)).join(', ');
}

/**
 * What the programme is: kind, topic, year, budget line, factor and element, partners, completion rule,
 * target vs realised, targets per kecamatan and the eligibility rules in words.
 * Test ids: `programme-facts`, `programme-target`, `programme-rules` (each `programme-rule` with `data-key`).
 */
export function ProgrammeFacts({ p, regions }: { p: ProgrammeView; regions: Regions | undefined }) {
  const { t, i18n } = useTranslation();
  const codes = useCodeList();
  const f = (key: string) => t(`programmes.fields.${key}`);
  const kecamatanName = (code: string) => regions?.kecamatan.find((k) => k.code === code)?.name ?? code;
  const target = Object.values(p.targets).reduce((a, b) => a + b, 0);
  const rules = ruleLines(p.rules);
  return (
    <Stack gap="md" data-testid="programme-facts">
      <FactList
        facts={[
          { label: f('kind'), value: t(`programmes.kind.${p.kind}`) },
          { label: f('topic'), value: t(`programmes.topic.${p.topic}`) },
          { label: f('year'), value: p.year },
          { label: f('budgetCode'), value: p.budgetCode },
          { label: f('budgetAmount'), value: p.budgetAmount === null ? null : formatRupiah(p.budgetAmount, i18n.language) },
          { label: f('factor'), value: t(`programmes.factor.${p.factor}`) },
          { label: f('element'), value: `${t(`programmes.element.${p.element}`)} — ${t(`programmes.elementHelp.${p.element}`)}` },
          { label: f('partners'), value: p.partners },
          { label: f('completionMinPercent'), value: t('programmes.completionRule', { pct: p.completionMinPercent }) },
        ]}
      />
      {p.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{p.description}</Text>}
      <TargetMeter target={target} realised={p.realised} testId="programme-target" />
      {target > 0 && (
        <Group gap={6} aria-label={t('programmes.fields.targets')}>
          {Object.entries(p.targets).map(([code, n]) => (
            <Badge key={code} variant="outline" color="gray" tt="none">
              {kecamatanName(code)}: {formatNumber(n, i18n.language)}
            </Badge>
          ))}
        </Group>
      )}
      <div>
        <Text fw={600}>{t('programmes.form.sections.rules')}</Text>
        {rules.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('programmes.rules.none')}
          </Text>
        ) : (
          <List size="sm" spacing={2} data-testid="programme-rules">
            {rules.map((line) => (
              <List.Item key={line.key} data-testid="programme-rule" data-key={line.key}>
                {t(line.key, { ...line.params, list: line.codes ? codes(line.codes.kind, line.codes.values) : '' })}
              </List.Item>
            ))}
          </List>
        )}
      </div>
    </Stack>
  );
}
