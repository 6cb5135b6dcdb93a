import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../../api/types';

const COLORS: Record<ImportStatus, string> = { uploaded: 'gray', checked: 'blue', committed: 'green' };

/** Uploaded / checked / committed as a coloured label. */
export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" tt="none" data-status={status}>
      {t(`imports.status.${status}`)}
    </Badge>
  );
}
