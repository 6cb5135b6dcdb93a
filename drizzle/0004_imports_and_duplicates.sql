CREATE TABLE "business_sources" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"import_id" uuid,
	"label" text NOT NULL,
	"file_name" text,
	"row_number" integer,
	"fingerprint" text,
	"added_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "business_sources_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id"),
	CONSTRAINT "business_sources_fingerprint_uq" UNIQUE("kode_wilayah","fingerprint")
);
--> statement-breakpoint
CREATE TABLE "import_mappings" (
	"kode_wilayah" text NOT NULL,
	"header_signature" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"turnover_period" text NOT NULL,
	"label" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_mappings_kode_wilayah_header_signature_pk" PRIMARY KEY("kode_wilayah","header_signature")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"label" text NOT NULL,
	"format" text NOT NULL,
	"bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_by_name" text NOT NULL,
	"header_row_index" integer NOT NULL,
	"header_row_number" integer NOT NULL,
	"data_start_index" integer NOT NULL,
	"labels" jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"header_signature" text NOT NULL,
	"turnover_period" text DEFAULT 'monthly' NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"summary" jsonb,
	"committed_count" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_at" timestamp with time zone,
	"committed_at" timestamp with time zone,
	CONSTRAINT "imports_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id")
);
--> statement-breakpoint
CREATE TABLE "duplicate_pairs" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"business_a" uuid NOT NULL,
	"business_b" uuid NOT NULL,
	"score" double precision NOT NULL,
	"reasons" text[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"merge_id" uuid,
	CONSTRAINT "duplicate_pairs_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id"),
	CONSTRAINT "duplicate_pairs_uq" UNIQUE("kode_wilayah","business_a","business_b")
);
--> statement-breakpoint
CREATE TABLE "merges" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"survivor_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"pair_id" uuid,
	"automatic" boolean DEFAULT false NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by_name" text,
	CONSTRAINT "merges_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id")
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "auto_merge_threshold" double precision;--> statement-breakpoint
ALTER TABLE "business_sources" ADD CONSTRAINT "business_sources_kode_wilayah_business_id_businesses_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","business_id") REFERENCES "public"."businesses"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_sources" ADD CONSTRAINT "business_sources_kode_wilayah_import_id_imports_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","import_id") REFERENCES "public"."imports"("kode_wilayah","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_kode_wilayah_tenants_kode_wilayah_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."tenants"("kode_wilayah") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_kode_wilayah_tenants_kode_wilayah_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."tenants"("kode_wilayah") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_pairs" ADD CONSTRAINT "duplicate_pairs_kode_wilayah_business_a_businesses_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","business_a") REFERENCES "public"."businesses"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_pairs" ADD CONSTRAINT "duplicate_pairs_kode_wilayah_business_b_businesses_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","business_b") REFERENCES "public"."businesses"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merges" ADD CONSTRAINT "merges_kode_wilayah_survivor_id_businesses_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","survivor_id") REFERENCES "public"."businesses"("kode_wilayah","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merges" ADD CONSTRAINT "merges_kode_wilayah_merged_id_businesses_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","merged_id") REFERENCES "public"."businesses"("kode_wilayah","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "business_sources_business_idx" ON "business_sources" USING btree ("kode_wilayah","business_id");--> statement-breakpoint
CREATE INDEX "business_sources_import_idx" ON "business_sources" USING btree ("kode_wilayah","import_id");--> statement-breakpoint
CREATE INDEX "imports_sha_idx" ON "imports" USING btree ("kode_wilayah","sha256");--> statement-breakpoint
CREATE INDEX "imports_created_idx" ON "imports" USING btree ("kode_wilayah","created_at");--> statement-breakpoint
CREATE INDEX "duplicate_pairs_queue_idx" ON "duplicate_pairs" USING btree ("kode_wilayah","status","score");--> statement-breakpoint
CREATE INDEX "duplicate_pairs_b_idx" ON "duplicate_pairs" USING btree ("kode_wilayah","business_b");--> statement-breakpoint
CREATE INDEX "merges_survivor_idx" ON "merges" USING btree ("kode_wilayah","survivor_id");--> statement-breakpoint
CREATE INDEX "merges_merged_idx" ON "merges" USING btree ("kode_wilayah","merged_id");