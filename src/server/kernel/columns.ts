import { bigint } from 'drizzle-orm/pg-core';

/**
 * Rupiah amounts: integer rupiah in a bigint, read as a JS number (exact below 9 quadrillion, far above any
 * MSME's sales). Money is never a float anywhere in Berdaya.
 */
export const rupiah = (name: string) => bigint(name, { mode: 'number' });
