import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { DryRunResult } from '../../api/types';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/format';
import { useTenantCode } from '../auth/session';
import { useImportAccess } from './access';
import { DryRunReport } from './DryRunReport';
import { useImport } from './imports.api';
import { type ImportOutcome, ImportResult } from './ImportResult';
import { ImportStatusBadge } from './ImportStatusBadge';
import { ImportSteps } from './ImportSteps';
import { MappingStep } from './MappingStep';

type Stage = { kind: 'mapping' } | { kind: 'report'; result: DryRunResult } | { kind: 'result'; outcome: ImportOutcome };

/**
 * One import (/imports/:id), after the upload: the column mapping, the dry-run report, the result. An
 * import committed earlier opens on its result; read-only roles see its facts only.
 * Test ids: `import-title`, `import-back` (and those of the steps).
 */
export default function ImportWizardPage() {
  const { t, i18n } = useTranslation();
  const kw = useTenantCode();
  const { id } = useParams();
  const { writes } = useImportAccess();
  const query = useImport(kw, id);
  const [stage, setStage] = useState<Stage>({ kind: 'mapping' });
  const [stageFor, setStageFor] = useState(id);
  if (stageFor !== id) {
    // Another import opened in the same page instance: start over.
    setStageFor(id);
    setStage({ kind: 'mapping' });
  }

  // Each step starts at the top of the page (the result is much shorter than the report above it).
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [stage.kind]);

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const view = query.data;

  let current = stage;
  if (view.status === 'committed' && current.kind !== 'result') {
    current = { kind: 'result', outcome: { created: view.committedCount ?? 0, skipped: null, alreadyCommitted: false } };
  }
  const step = current.kind === 'mapping' ? 'mapping' : current.kind === 'report' ? 'check' : 'result';

  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to="/imports" size="sm" data-testid="import-back">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('imports.backToHistory')}
        </Group>
      </Anchor>
      <div>
        <Group gap="sm" align="center">
          <PageTitle text={view.fileName} testId="import-title" />
          <ImportStatusBadge status={view.status} />
        </Group>
        <Text c="dimmed">
          {t('imports.meta', { label: view.label, name: view.uploadedByName, date: formatDateTime(view.createdAt, i18n.language) })}
        </Text>
      </div>
      {writes && <ImportSteps current={step} />}
      {current.kind === 'result' && <ImportResult view={view} outcome={current.outcome} />}
      {current.kind === 'report' && (
        <DryRunReport
          kw={kw}
          result={current.result}
          onBack={() => setStage({ kind: 'mapping' })}
          onCommitted={(r) =>
            setStage({
              kind: 'result',
              outcome: { created: r.created, skipped: r.skippedAlreadyImported + r.skippedWithErrors, alreadyCommitted: r.alreadyCommitted },
            })
          }
        />
      )}
      {current.kind === 'mapping' &&
        (writes ? (
          <MappingStep kw={kw} view={view} onChecked={(result) => setStage({ kind: 'report', result })} />
        ) : (
          <Text c="dimmed" data-testid="import-read-only">
            {t('imports.readOnly')}
          </Text>
        ))}
    </Stack>
  );
}
