import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tenants } from './tenant.table';

export type TenantRow = typeof tenants.$inferSelect;

/** SQL for tenants (regencies served by this instance). */
export function createTenantRepository(db: Db) {
  return {
    list: (): Promise<TenantRow[]> => db.select().from(tenants).orderBy(tenants.kodeWilayah),
    async find(kodeWilayah: string): Promise<TenantRow | undefined> {
      const [row] = await db.select().from(tenants).where(eq(tenants.kodeWilayah, kodeWilayah));
      return row;
    },
    async update(tx: Db, kodeWilayah: string, values: Partial<typeof tenants.$inferInsert>): Promise<TenantRow | undefined> {
      const [row] = await tx.update(tenants).set(values).where(eq(tenants.kodeWilayah, kodeWilayah)).returning();
      return row;
    },
    async insert(row: typeof tenants.$inferInsert): Promise<TenantRow> {
      const [created] = await db.insert(tenants).values(row).returning();
      return created!;
    },
  };
}

export type TenantRepository = ReturnType<typeof createTenantRepository>;
