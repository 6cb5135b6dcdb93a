import { Badge, Group } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isContraReason, parseReason } from './compare';

/**
 * Why the matcher paired two records, as chips: green for what they share ("NIK sama"), red for what
 * speaks against ("NIK berbeda"). A code the app does not know yet is shown through a generic text.
 * Test id: `dup-reason` (with `data-reason`).
 */
export function ReasonChips({ reasons }: { reasons: string[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('duplicates.reasonsLabel')}>
      {reasons.map((reason) => {
        const { code, detail } = parseReason(reason);
        const key = `duplicates.reasons.${code}`;
        const label = i18n.exists(key) ? t(key) : t('duplicates.reasons.other', { code: code.replaceAll('_', ' ') });
        const contra = isContraReason(code);
        const Icon = contra ? IconX : IconCheck;
        return (
          <li key={reason}>
            <Badge
              color={contra ? 'red' : 'teal'}
              variant="light"
              radius="sm"
              tt="none"
              leftSection={<Icon size={12} aria-hidden />}
              data-testid="dup-reason"
              data-reason={code}
            >
              {detail && /^\d*\.?\d+$/.test(detail) && Number(detail) <= 1 ? `${label} (${Math.round(Number(detail) * 100)}%)` : label}
            </Badge>
          </li>
        );
      })}
    </Group>
  );
}
