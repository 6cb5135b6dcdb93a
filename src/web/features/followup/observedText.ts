import { useTranslation } from 'react-i18next';
import { formatNumber, formatRupiah } from '../../lib/format';
import type { ConflictField, ObservedValues } from './followup.types';

/** A readable value of one conflict field: "Aktif", "Rp 1.500.000 / bulan", "3 orang", "WhatsApp, Instagram", "—" when not recorded. */
export function useObservedText() {
  const { t, i18n } = useTranslation();
  return (field: ConflictField, value: ObservedValues[ConflictField]): string => {
    if (value === null || value === undefined) return t('followup.notRecorded');
    if (field === 'status') return t(`options.status.${String(value)}`);
    if (field === 'monthlySales') return t('followup.perMonth', { amount: formatRupiah(value as number, i18n.language) });
    if (field === 'salesChannels') {
      const list = value as string[];
      return list.length === 0 ? t('followup.noChannels') : list.map((c) => t(`options.channel.${c}`)).join(', ');
    }
    return t('followup.people', { n: formatNumber(value as number, i18n.language) });
  };
}
