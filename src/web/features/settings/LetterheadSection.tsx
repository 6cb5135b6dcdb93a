import { Divider, Grid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Letterhead, OfficeSettings } from '../../api/types';
import { Section } from '../../components/Section';
import { LetterheadPreview } from './LetterheadPreview';
import { HEAD_LINES, MAX_LINE_LENGTH, SIGNER_FIELDS } from './settingsFields';

/**
 * "Kop surat": the four letterhead lines and the signer, next to (phones: below) a live preview of
 * how they print. Test ids: `settings-government`, `settings-office`, `settings-address`,
 * `settings-contact`, `settings-city`, `settings-signerTitle`, `settings-signerName`, `settings-preview`.
 */
export function LetterheadSection({ form, regencyName }: { form: UseFormReturnType<OfficeSettings>; regencyName: string }) {
  const { t } = useTranslation();
  const hints: Partial<Record<keyof Letterhead, string>> = {
    government: t('settings.hints.government', { example: `PEMERINTAH ${(regencyName || 'Kabupaten Bandung').toUpperCase()}` }),
    city: t('settings.hints.city'),
    signerName: t('settings.hints.signerName'),
  };
  const input = (key: keyof Letterhead) => (
    <TextInput
      key={key}
      label={t(`settings.fields.${key}`)}
      description={hints[key]}
      maxLength={MAX_LINE_LENGTH}
      autoComplete="off"
      data-testid={`settings-${key}`}
      {...form.getInputProps(`letterhead.${key}`)}
    />
  );

  return (
    <Section title={t('settings.letterheadTitle')} testId="settings-letterhead">
      <Text size="sm" c="dimmed">
        {t('settings.letterheadHint')}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            {HEAD_LINES.map(input)}
            <Divider
              label={
                <Text size="sm" fw={600} c="dark">
                  {t('settings.signatureTitle')}
                </Text>
              }
              labelPosition="left"
              mt="xs"
            />
            {SIGNER_FIELDS.map(input)}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <div style={{ position: 'sticky', top: 76 }}>
            <LetterheadPreview letterhead={form.values.letterhead} />
          </div>
        </Grid.Col>
      </Grid>
    </Section>
  );
}
