import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessStatus, Gender, HalalRoute, LicenceKind, SalesChannel, Scale, Sector } from '../../api/types';

export const SECTORS: Sector[] = ['kuliner', 'fashion', 'kriya', 'jasa', 'agribisnis', 'perdagangan', 'lainnya'];
export const SCALES: Scale[] = ['micro', 'small', 'medium', 'large'];
export const STATUSES: BusinessStatus[] = ['active', 'dormant', 'closed'];
export const SALES_CHANNELS: SalesChannel[] = ['offline', 'whatsapp', 'instagram', 'facebook', 'tiktok', 'marketplace', 'ecatalogue', 'reseller'];
export const LICENCE_KINDS: LicenceKind[] = ['NIB', 'SKU', 'PIRT', 'HALAL', 'HKI', 'NPWP'];
export const HALAL_ROUTES: HalalRoute[] = ['self_declare', 'regular'];
export const GENDERS: Gender[] = ['L', 'P'];
/** Legality filter values the search endpoint understands ("-NIB" = has no NIB). */
export const LEGALITY_FILTERS = ['NIB', '-NIB', 'PIRT', 'HALAL', 'HKI', 'SKU', 'NPWP'] as const;

export interface Option {
  value: string;
  label: string;
}

/** Translated option lists for selects, checkbox groups and labels. */
export function useOptions() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const list = (values: readonly string[], prefix: string): Option[] => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
    return {
      sectors: list(SECTORS, 'options.sector'),
      scales: list(SCALES, 'options.scale'),
      statuses: list(STATUSES, 'options.status'),
      channels: list(SALES_CHANNELS, 'options.channel'),
      licenceKinds: list(LICENCE_KINDS, 'options.licenceKind'),
      halalRoutes: list(HALAL_ROUTES, 'options.halalRoute'),
      genders: list(GENDERS, 'options.gender'),
      legality: list(LEGALITY_FILTERS, 'options.legality'),
    };
    // i18n.language: re-translate when the language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, i18n.language]);
}
