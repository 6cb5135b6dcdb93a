import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Scale } from '../../api/types';

const COLORS: Record<Scale, string> = { micro: 'blue', small: 'teal', medium: 'grape', large: 'dark' };

/** Micro / small / medium / large as a coloured label. */
export function ScaleBadge({ scale }: { scale: Scale }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[scale]} variant="light" radius="sm" tt="none">
      {t(`options.scale.${scale}`)}
    </Badge>
  );
}
