DROP INDEX "businesses_area_idx";--> statement-breakpoint
CREATE INDEX "businesses_kecamatan_name_idx" ON "businesses" USING btree ("kode_wilayah","kecamatan_code","name");--> statement-breakpoint
CREATE INDEX "businesses_desa_name_idx" ON "businesses" USING btree ("kode_wilayah","desa_code","name");--> statement-breakpoint
CREATE INDEX "businesses_sector_name_idx" ON "businesses" USING btree ("kode_wilayah","sector","name");--> statement-breakpoint
CREATE INDEX "businesses_scale_name_idx" ON "businesses" USING btree ("kode_wilayah","scale","name");--> statement-breakpoint
CREATE INDEX "businesses_recap_idx" ON "businesses" USING btree ("kode_wilayah","kecamatan_code","scale","status","start_year","id") WHERE "businesses"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "licences_nib_idx" ON "licences" USING btree ("kode_wilayah","business_id") WHERE "licences"."kind" = 'NIB';