import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconCircleCheck, IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CommitResult, DryRunResult } from '../../api/types';
import { Section } from '../../components/Section';
import { formatNumber } from '../../lib/format';
import { CommitButton } from './CommitButton';
import { reportUrl } from './imports.api';
import { ProblemsTable } from './ProblemsTable';
import { SummaryStats } from './SummaryStats';

interface Props {
  kw: string;
  result: DryRunResult;
  onBack: () => void;
  onCommitted: (result: CommitResult) => void;
}

/**
 * Step 3, "Periksa": what a commit would do, nothing stored yet: the counts, the first problems (all of
 * them in the downloadable report), then back to the mapping or "Simpan N baris valid".
 * Test ids: `import-report`, `import-report-link`, `import-problems-truncated`, `import-back-to-mapping`
 * (plus those of SummaryStats, ProblemsTable and CommitButton).
 */
export function DryRunReport({ kw, result, onBack, onCommitted }: Props) {
  const { t, i18n } = useTranslation();
  const { import: view, problems, problemsTruncated } = result;
  const summary = view.summary ?? { rows: 0, valid: 0, withWarnings: 0, withErrors: 0, alreadyImported: 0, repeatedInFile: 0 };
  const skipped = summary.rows - summary.valid;

  return (
    <Stack gap="md" data-testid="import-report">
      <Section title={t('imports.report.title')}>
        <Text size="sm" c="dimmed">
          {t('imports.report.hint')}
        </Text>
        <SummaryStats summary={summary} />
        {summary.alreadyImported > 0 && summary.valid === 0 && (
          <Alert color="blue" icon={<IconInfoCircle aria-hidden />} data-testid="import-all-already">
            {t('imports.report.allAlready')}
          </Alert>
        )}
      </Section>
      <Section
        title={t('imports.problems.title')}
        actions={
          <Button
            component="a"
            href={reportUrl(kw, view.id, i18n.language)}
            download
            variant="default"
            size="sm"
            leftSection={<IconDownload size={18} aria-hidden />}
            data-testid="import-report-link"
          >
            {t('imports.report.download')}
          </Button>
        }
      >
        {problems.length === 0 ? (
          <Group gap="xs" c="green.9" data-testid="import-no-problems">
            <IconCircleCheck size={20} aria-hidden />
            <Text>{t('imports.problems.none')}</Text>
          </Group>
        ) : (
          <ProblemsTable problems={problems} />
        )}
        {problemsTruncated && (
          <Text size="sm" c="dimmed" data-testid="import-problems-truncated">
            {t('imports.problems.truncated', { n: formatNumber(problems.length, i18n.language) })}
          </Text>
        )}
      </Section>
      <Group justify="space-between" gap="sm">
        <Button variant="default" onClick={onBack} leftSection={<IconArrowLeft size={18} aria-hidden />} w={{ base: '100%', xs: 'auto' }} data-testid="import-back-to-mapping">
          {t('imports.report.back')}
        </Button>
        <CommitButton kw={kw} importId={view.id} valid={summary.valid} skipped={skipped} onCommitted={onCommitted} />
      </Group>
    </Stack>
  );
}
