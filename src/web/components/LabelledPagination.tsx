import { Pagination, type PaginationProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's Pagination with every button named for screen readers in the user's language ("Halaman 3",
 * "Sebelumnya", "Berikutnya"); `aria-label` names the list it pages. One place, so every list pages alike.
 */
export function LabelledPagination(props: Omit<PaginationProps, 'getItemProps' | 'getControlProps'> & { 'aria-label': string; 'data-testid'?: string }) {
  const { t } = useTranslation();
  return (
    <Pagination
      {...props}
      getItemProps={(page) => ({ 'aria-label': t('common.page', { page }) })}
      getControlProps={(control) =>
        control === 'previous' ? { 'aria-label': t('common.previous') } : control === 'next' ? { 'aria-label': t('common.next') } : {}
      }
    />
  );
}
