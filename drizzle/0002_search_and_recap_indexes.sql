DROP INDEX "businesses_area_idx";--> statement-breakpoint
ALTER TABLE "businesses" ALTER COLUMN "search_text" SET DATA TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "has_nib" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Backfill (hand-added): businesses that already hold a NIB licence.
UPDATE "businesses" b SET "has_nib" = true WHERE EXISTS (SELECT 1 FROM "licences" l WHERE l."kode_wilayah" = b."kode_wilayah" AND l."business_id" = b."id" AND l."kind" = 'NIB');--> statement-breakpoint
CREATE INDEX "businesses_kecamatan_name_idx" ON "businesses" USING btree ("kode_wilayah","kecamatan_code","name");--> statement-breakpoint
CREATE INDEX "businesses_desa_name_idx" ON "businesses" USING btree ("kode_wilayah","desa_code","name");--> statement-breakpoint
CREATE INDEX "businesses_sector_name_idx" ON "businesses" USING btree ("kode_wilayah","sector","name");--> statement-breakpoint
CREATE INDEX "businesses_scale_name_idx" ON "businesses" USING btree ("kode_wilayah","scale","name");--> statement-breakpoint
CREATE INDEX "businesses_recap_idx" ON "businesses" USING btree ("kode_wilayah","kecamatan_code","scale","status","start_year","has_nib") WHERE "businesses"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "businesses_search_order_idx" ON "businesses" USING btree ("kode_wilayah","search_text","id","kecamatan_code","desa_code","sector","scale","status","has_nib") WHERE "businesses"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "businesses_kecamatan_search_idx" ON "businesses" USING btree ("kode_wilayah","kecamatan_code","search_text","id","desa_code","sector","scale","status","has_nib") WHERE "businesses"."deleted_at" is null;