import { Alert, Button, Stack } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import { useScan } from './duplicates.api';

/**
 * "Pindai ulang" (officers and admins): looks for duplicates across the regency and says what it found
 * (candidates, new pairs, merged automatically) and how long it took.
 * Test ids: `dup-scan`, `dup-scan-result` (with `data-new-pairs`, `data-auto-merged`), `dup-scan-error`.
 */
export function ScanButton({ kw }: { kw: string }) {
  const { t, i18n } = useTranslation();
  const scan = useScan(kw);
  const n = (x: number) => formatNumber(x, i18n.language);
  return (
    <Stack gap="xs">
      <Button
        variant="light"
        leftSection={<IconRefresh size={18} aria-hidden />}
        loading={scan.isPending}
        onClick={() => scan.mutate()}
        w={{ base: '100%', xs: 'auto' }}
        style={{ alignSelf: 'flex-start' }}
        data-testid="dup-scan"
      >
        {t('duplicates.scan.button')}
      </Button>
      <div role="status" aria-live="polite">
        {scan.data && (
          <Alert color="blue" data-testid="dup-scan-result" data-new-pairs={scan.data.newPairs} data-auto-merged={scan.data.autoMerged}>
            {t('duplicates.scan.result', {
              candidates: n(scan.data.candidates),
              newPairs: n(scan.data.newPairs),
              autoMerged: n(scan.data.autoMerged),
              // At least 0.1: a quick scan should not read "0 seconds".
              seconds: Math.max(scan.data.durationMs / 1000, 0.1).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }),
            })}
          </Alert>
        )}
      </div>
      {scan.isError && (
        <Alert color="red" role="alert" data-testid="dup-scan-error">
          {errorMessage(t, scan.error)}
        </Alert>
      )}
    </Stack>
  );
}
