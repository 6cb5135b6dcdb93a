/**
 * Value lists the portal shows as choices. Copied from the server's tables on purpose: importing
 * `programme.table` or `registry.table` would pull drizzle into the phone bundle. `options.test.ts`
 * keeps the copies equal to the server's lists.
 */
export const TOPICS = [
  'capital', 'digital_marketing', 'packaging', 'bookkeeping', 'production', 'legality', 'halal', 'brand',
  'entrepreneurship', 'market_access', 'other',
] as const;
export type Topic = (typeof TOPICS)[number];

export const SECTORS = ['kuliner', 'fashion', 'kriya', 'jasa', 'agribisnis', 'perdagangan', 'lainnya'] as const;
export type Sector = (typeof SECTORS)[number];

export const GENDERS = ['L', 'P'] as const;

/** A business's trading state as the owner reports it (registry BUSINESS_STATUSES). */
export const BUSINESS_STATUSES = ['active', 'dormant', 'closed'] as const;
export type BusinessStatus = (typeof BUSINESS_STATUSES)[number];

/** Ways of selling (registry SALES_CHANNELS). */
export const SALES_CHANNELS = ['offline', 'whatsapp', 'instagram', 'facebook', 'tiktok', 'marketplace', 'ecatalogue', 'reseller'] as const;

/** Licences an owner can report as newly obtained (registry LICENCE_KINDS, as followup uses them). */
export const LICENCE_KINDS = ['NIB', 'SKU', 'PIRT', 'HALAL', 'HKI', 'NPWP'] as const;
