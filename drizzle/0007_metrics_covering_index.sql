-- The latest snapshot of a business on or before a date, read for ~100,000 businesses when a comparison
-- group is drawn (followup.repository comparisonCandidates): with scale and sales in the index and the
-- order of the lookup, each is one index-only probe without a sort (bench/followup-outcomes.bench.ts:
-- 1.05–1.64 s → 0.39–0.49 s on 1 M snapshots). Written by hand: drizzle's index builder has no INCLUDE.
CREATE INDEX IF NOT EXISTS "business_metrics_latest_idx" ON "business_metrics" USING btree ("kode_wilayah", "business_id", "recorded_on" DESC, "created_at" DESC) INCLUDE ("scale", "annual_sales");
