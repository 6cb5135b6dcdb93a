import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/format';
import { useTenantCode } from '../auth/session';
import { recapFileUrl, useRecap } from './recap.api';
import { RecapTable } from './RecapTable';

const FIRST_YEAR = 2015;

/**
 * The yearly recap per kecamatan (/recap): year (current by default, kept in ?year=), the table
 * with its total row, and plain download links for .xlsx and PDF in the user's language.
 * Test ids: `recap-year`, `recap-table`, `recap-total-row`, `recap-download-xlsx`, `recap-download-pdf`.
 */
export default function RecapPage() {
  const { t, i18n } = useTranslation();
  const kw = useTenantCode();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= thisYear ? asked : thisYear;
  const recap = useRecap(kw, year);
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  const lang = i18n.language === 'en' ? 'en' : 'id';

  return (
    <Stack gap="md">
      <div>
        <PageTitle text={t('recap.title')} />
        {recap.data && (
          <Text c="dimmed">
            {recap.data.regencyName} · {year}
          </Text>
        )}
      </div>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('recap.year')}
          data={years}
          value={String(year)}
          onChange={(v) => v && setParams({ year: v }, { replace: true })}
          allowDeselect={false}
          w={120}
          data-testid="recap-year"
        />
        <Button
          component="a"
          href={recapFileUrl(kw, 'xlsx', year, lang)}
          download
          variant="default"
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          data-testid="recap-download-xlsx"
        >
          {t('recap.downloadXlsx')}
        </Button>
        <Button
          component="a"
          href={recapFileUrl(kw, 'pdf', year, lang)}
          download
          variant="default"
          leftSection={<IconFileTypePdf size={18} aria-hidden />}
          data-testid="recap-download-pdf"
        >
          {t('recap.downloadPdf')}
        </Button>
      </Group>
      {recap.isPending && <PageLoader />}
      {recap.isError && <QueryError error={recap.error} title={t('recap.loadError')} onRetry={() => void recap.refetch()} />}
      {recap.data && (
        <>
          {recap.data.rows.length === 0 ? <Text c="dimmed">{t('recap.empty')}</Text> : <RecapTable report={recap.data} />}
          <Text size="sm" c="dimmed">
            {t('recap.generatedAt', { at: formatDateTime(recap.data.generatedAt, i18n.language) })}
          </Text>
        </>
      )}
    </Stack>
  );
}
