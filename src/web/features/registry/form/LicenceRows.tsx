import { Button, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Section';
import { useOptions } from '../options';
import { newLicenceRow, type BusinessFormValues } from './formValues';

/**
 * Repeatable licence rows: kind, number, issued, expires, halal route (for Halal only).
 * Test ids: `form-licences-add`, `form-licences-{i}-{kind,number,issuedOn,expiresOn,halalRoute}`,
 * `form-licences-{i}-remove`.
 */
export function LicenceRows({ form }: { form: UseFormReturnType<BusinessFormValues> }) {
  const { t } = useTranslation();
  const options = useOptions();
  const f = (key: string) => t(`business.licenceFields.${key}`);
  const rows = form.values.licences;
  return (
    <Section title={t('business.sections.licences')}>
      {rows.length === 0 && <Text c="dimmed">{t('business.noLicences')}</Text>}
      <Stack gap="sm">
        {rows.map((row, i) => (
          <Paper key={row.key} withBorder p="sm" radius="md" bg="gray.0" data-testid="form-licence-row">
            <Text fw={600} size="sm" mb="xs">
              {t('business.fields.licenceRow', { n: i + 1 })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
              <Select
                label={f('kind')}
                required
                data={options.licenceKinds}
                allowDeselect={false}
                data-testid={`form-licences-${i}-kind`}
                {...form.getInputProps(`licences.${i}.kind`)}
              />
              <TextInput label={f('number')} maxLength={40} data-testid={`form-licences-${i}-number`} {...form.getInputProps(`licences.${i}.number`)} />
              {row.kind === 'HALAL' && (
                <Select
                  label={f('halalRoute')}
                  data={options.halalRoutes}
                  clearable
                  clearButtonProps={{ 'aria-label': t('common.clear') }}
                  data-testid={`form-licences-${i}-halalRoute`}
                  {...form.getInputProps(`licences.${i}.halalRoute`)}
                />
              )}
              <TextInput type="date" label={f('issuedOn')} data-testid={`form-licences-${i}-issuedOn`} {...form.getInputProps(`licences.${i}.issuedOn`)} />
              <TextInput type="date" label={f('expiresOn')} data-testid={`form-licences-${i}-expiresOn`} {...form.getInputProps(`licences.${i}.expiresOn`)} />
            </SimpleGrid>
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              mt="xs"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => form.removeListItem('licences', i)}
              data-testid={`form-licences-${i}-remove`}
            >
              {t('business.form.removeLicence', { n: i + 1 })}
            </Button>
          </Paper>
        ))}
      </Stack>
      <Button
        variant="light"
        leftSection={<IconPlus size={18} aria-hidden />}
        onClick={() => form.insertListItem('licences', newLicenceRow(rows.length === 0 ? 'NIB' : null))}
        style={{ alignSelf: 'flex-start' }}
        data-testid="form-licences-add"
      >
        {t('business.form.addLicence')}
      </Button>
    </Section>
  );
}
