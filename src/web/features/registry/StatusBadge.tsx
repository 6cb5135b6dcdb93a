import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BusinessStatus } from '../../api/types';

const COLORS: Record<BusinessStatus, string> = { active: 'green', dormant: 'orange', closed: 'gray' };

/** Active / dormant / closed as a coloured label. */
export function StatusBadge({ status }: { status: BusinessStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" tt="none">
      {t(`options.status.${status}`)}
    </Badge>
  );
}
