import { Alert, Stack, Text } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OwnerView } from '../../api/types';
import { FactList } from '../../components/FactList';
import { Section } from '../../components/Section';
import { formatDate } from '../../lib/format';

/** The owner on the business page; NIK and phone arrive already masked for some roles. */
export function OwnerFacts({ owner }: { owner: OwnerView }) {
  const { t, i18n } = useTranslation();
  const f = (key: string) => t(`business.ownerFields.${key}`);
  return (
    <Section title={t('business.sections.owner')} testId="detail-owner">
      <Stack gap="sm">
        {owner.masked && (
          <Alert color="gray" variant="light" icon={<IconEyeOff size={18} aria-hidden />} p="xs" data-testid="owner-masked-hint">
            {t('business.maskedHint')}
          </Alert>
        )}
        <FactList
          facts={[
            { label: f('fullName'), value: owner.fullName, testId: 'detail-owner-fullName' },
            { label: f('nik'), value: owner.nik, testId: 'detail-owner-nik' },
            { label: f('gender'), value: owner.gender ? t(`options.gender.${owner.gender}`) : null },
            { label: f('birthDate'), value: owner.birthDate ? formatDate(owner.birthDate, i18n.language) : null },
            { label: f('phone'), value: owner.phone, testId: 'detail-owner-phone' },
            { label: f('address'), value: owner.address },
          ]}
        />
        {owner.businessCount > 1 && (
          <Text size="sm" c="dimmed">
            {t('business.ownerOtherBusinesses', { count: owner.businessCount })}
          </Text>
        )}
      </Stack>
    </Section>
  );
}
