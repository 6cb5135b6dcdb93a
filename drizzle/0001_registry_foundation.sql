CREATE TABLE "tenants" (
	"kode_wilayah" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"scale_rule_id" text DEFAULT 'PP7_2021' NOT NULL,
	"letterhead" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"kode_wilayah" text NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"kecamatan_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"owner_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_kode_wilayah_user_id_pk" PRIMARY KEY("kode_wilayah","user_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"is_superadmin" boolean DEFAULT false NOT NULL,
	"locale" text DEFAULT 'id' NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"password_changed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "business_metrics" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"recorded_on" date NOT NULL,
	"capital" bigint,
	"annual_sales" bigint,
	"workers_male" integer NOT NULL,
	"workers_female" integer NOT NULL,
	"scale" text NOT NULL,
	"previous_scale" text,
	"scale_rule_id" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "business_metrics_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id")
);
--> statement-breakpoint
CREATE TABLE "businesses" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"search_text" text NOT NULL,
	"kbli" text,
	"sector" text NOT NULL,
	"kecamatan_code" text NOT NULL,
	"desa_code" text NOT NULL,
	"address" text,
	"start_year" integer,
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"capital" bigint,
	"annual_sales" bigint,
	"workers_male" integer DEFAULT 0 NOT NULL,
	"workers_female" integer DEFAULT 0 NOT NULL,
	"sales_channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"scale" text NOT NULL,
	"scale_rule_id" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "businesses_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id")
);
--> statement-breakpoint
CREATE TABLE "licences" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"issued_on" date,
	"expires_on" date,
	"halal_route" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "licences_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id"),
	CONSTRAINT "licences_number_uq" UNIQUE("kode_wilayah","kind","number")
);
--> statement-breakpoint
CREATE TABLE "owners" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"nik" text,
	"gender" text,
	"birth_date" date,
	"phone" text,
	"address" text,
	"desa_code" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "owners_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	CONSTRAINT "audit_log_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id")
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_kode_wilayah_tenants_kode_wilayah_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."tenants"("kode_wilayah") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_kode_wilayah_owner_id_owners_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","owner_id") REFERENCES "public"."owners"("kode_wilayah","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_metrics" ADD CONSTRAINT "business_metrics_kode_wilayah_business_id_businesses_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","business_id") REFERENCES "public"."businesses"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_kode_wilayah_tenants_kode_wilayah_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."tenants"("kode_wilayah") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_kode_wilayah_owner_id_owners_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","owner_id") REFERENCES "public"."owners"("kode_wilayah","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_kode_wilayah_business_id_businesses_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","business_id") REFERENCES "public"."businesses"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owners" ADD CONSTRAINT "owners_kode_wilayah_tenants_kode_wilayah_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."tenants"("kode_wilayah") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_kode_wilayah_tenants_kode_wilayah_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."tenants"("kode_wilayah") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "business_metrics_business_idx" ON "business_metrics" USING btree ("kode_wilayah","business_id","recorded_on");--> statement-breakpoint
CREATE INDEX "business_metrics_recorded_idx" ON "business_metrics" USING btree ("kode_wilayah","recorded_on");--> statement-breakpoint
CREATE INDEX "businesses_owner_idx" ON "businesses" USING btree ("kode_wilayah","owner_id");--> statement-breakpoint
CREATE INDEX "businesses_name_idx" ON "businesses" USING btree ("kode_wilayah","name");--> statement-breakpoint
CREATE INDEX "businesses_area_idx" ON "businesses" USING btree ("kode_wilayah","kecamatan_code","desa_code");--> statement-breakpoint
CREATE INDEX "businesses_search_trgm_idx" ON "businesses" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "licences_business_idx" ON "licences" USING btree ("kode_wilayah","business_id","kind");--> statement-breakpoint
CREATE INDEX "licences_number_idx" ON "licences" USING btree ("kode_wilayah","number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "owners_nik_idx" ON "owners" USING btree ("kode_wilayah","nik" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "owners_phone_idx" ON "owners" USING btree ("kode_wilayah","phone" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("kode_wilayah","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("kode_wilayah","entity","entity_id");