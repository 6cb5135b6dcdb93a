import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A centred spinner with an accessible label, for pages and lazy routes that are loading. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite" data-testid="page-loader">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}
