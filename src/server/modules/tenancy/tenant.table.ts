import { boolean, doublePrecision, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from '../../db/columns';

/** Letterhead printed on reports (kop surat); every line optional. */
export interface Letterhead {
  government: string; // e.g. "PEMERINTAH KABUPATEN BANDUNG"
  office: string; // e.g. "DINAS KOPERASI DAN USAHA MIKRO"
  address: string;
  contact: string;
  city: string; // place name used in the signature line
  signerTitle: string;
  signerName: string;
}

/** One regency (kabupaten/kota) served by this instance: the tenant. Its code is the shard key. */
export const tenants = pgTable('tenants', {
  kodeWilayah: text('kode_wilayah').primaryKey(),
  name: text('name').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  scaleRuleId: text('scale_rule_id').notNull().default('PP7_2021'),
  letterhead: jsonb('letterhead').$type<Letterhead>(),
  /** Duplicate pairs scoring at or above this are merged without review; null means never (the default). */
  autoMergeThreshold: doublePrecision('auto_merge_threshold'),
  createdAt: createdAt(),
});
