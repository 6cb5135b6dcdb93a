import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Whether the business has an NIB (the key to most programmes). */
export function NibBadge({ hasNib }: { hasNib: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={hasNib ? 'green' : 'gray'} variant={hasNib ? 'light' : 'outline'} radius="sm" tt="none">
      {t(hasNib ? 'registry.hasNib' : 'registry.noNib')}
    </Badge>
  );
}
