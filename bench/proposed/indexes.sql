-- PROPOSED index (a migration after 0002), applied by `bench/registry.bench.ts --variant proposed`.
-- Idempotent so that --reuse can apply it to an already loaded database.

-- Recap, "moved up from micro this year": ~4 k index entries instead of a bitmap heap scan over the ~300 k
-- snapshots of the year (business_metrics_recorded_idx) that keeps only those ~4 k.
CREATE INDEX IF NOT EXISTS "business_metrics_moved_up_idx" ON "business_metrics" USING btree ("kode_wilayah","recorded_on","business_id")
  WHERE "previous_scale" = 'micro' AND "scale" IN ('small', 'medium', 'large');
