import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The unmistakable "DATA DEMO" marker shown while working in a demo tenant. Test id: `demo-badge`. */
export function DemoBadge({ testId = 'demo-badge' }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="filled" size="md" radius="sm" title={t('app.demoNotice')} data-testid={testId} style={{ flexShrink: 0 }}>
      {t('app.demoBadge')}
    </Badge>
  );
}
