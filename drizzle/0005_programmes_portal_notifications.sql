CREATE TABLE "attendance" (
	"kode_wilayah" text NOT NULL,
	"session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"method" text NOT NULL,
	"checked_in_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_kode_wilayah_session_id_participant_id_pk" PRIMARY KEY("kode_wilayah","session_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by_name" text,
	"revoke_reason" text,
	CONSTRAINT "certificates_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id"),
	CONSTRAINT "certificates_participant_uq" UNIQUE("kode_wilayah","participant_id"),
	CONSTRAINT "certificates_number_uq" UNIQUE("kode_wilayah","number"),
	CONSTRAINT "certificates_code_uq" UNIQUE("kode_wilayah","code")
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"override_reason" text,
	"eligibility" jsonb,
	"waitlisted_at" timestamp with time zone,
	"nominated_by_name" text NOT NULL,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"attendance_percent" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participants_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id"),
	CONSTRAINT "participants_business_uq" UNIQUE("kode_wilayah","programme_id","business_id")
);
--> statement-breakpoint
CREATE TABLE "programme_batches" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"venue" text,
	"capacity" integer NOT NULL,
	"trainers" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_batches_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id")
);
--> statement-breakpoint
CREATE TABLE "programme_sessions" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_sessions_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"topic" text NOT NULL,
	"description" text,
	"year" integer NOT NULL,
	"budget_code" text,
	"budget_amount" bigint,
	"factor" text NOT NULL,
	"element" text NOT NULL,
	"partners" text,
	"targets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"rules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"completion_min_percent" integer DEFAULT 75 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id")
);
--> statement-breakpoint
CREATE TABLE "business_needs" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"needs" text[] NOT NULL,
	"note" text,
	"stated_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "business_needs_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id")
);
--> statement-breakpoint
CREATE TABLE "owner_claims" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"owner_id" uuid,
	"business_id" uuid,
	"payload" jsonb,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"reject_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "owner_claims_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id")
);
--> statement-breakpoint
CREATE TABLE "owner_signups" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"phone" text NOT NULL,
	"full_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"code_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "owner_signups_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"template" text NOT NULL,
	"params" jsonb NOT NULL,
	"locale" text DEFAULT 'id' NOT NULL,
	"dedupe_key" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id"),
	CONSTRAINT "notifications_dedupe_uq" UNIQUE("kode_wilayah","dedupe_key")
);
--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_kode_wilayah_session_id_programme_sessions_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","session_id") REFERENCES "public"."programme_sessions"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_kode_wilayah_participant_id_participants_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","participant_id") REFERENCES "public"."participants"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_kode_wilayah_participant_id_participants_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","participant_id") REFERENCES "public"."participants"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_kode_wilayah_programme_id_programmes_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","programme_id") REFERENCES "public"."programmes"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_kode_wilayah_batch_id_programme_batches_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","batch_id") REFERENCES "public"."programme_batches"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_kode_wilayah_business_id_businesses_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","business_id") REFERENCES "public"."businesses"("kode_wilayah","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_kode_wilayah_owner_id_owners_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","owner_id") REFERENCES "public"."owners"("kode_wilayah","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_batches" ADD CONSTRAINT "programme_batches_kode_wilayah_programme_id_programmes_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","programme_id") REFERENCES "public"."programmes"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_kode_wilayah_batch_id_programme_batches_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","batch_id") REFERENCES "public"."programme_batches"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_kode_wilayah_tenants_kode_wilayah_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."tenants"("kode_wilayah") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_needs" ADD CONSTRAINT "business_needs_kode_wilayah_business_id_businesses_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","business_id") REFERENCES "public"."businesses"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_claims" ADD CONSTRAINT "owner_claims_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_claims" ADD CONSTRAINT "owner_claims_kode_wilayah_owner_id_owners_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","owner_id") REFERENCES "public"."owners"("kode_wilayah","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_claims" ADD CONSTRAINT "owner_claims_kode_wilayah_business_id_businesses_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","business_id") REFERENCES "public"."businesses"("kode_wilayah","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_signups" ADD CONSTRAINT "owner_signups_kode_wilayah_tenants_kode_wilayah_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."tenants"("kode_wilayah") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kode_wilayah_tenants_kode_wilayah_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."tenants"("kode_wilayah") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_participant_idx" ON "attendance" USING btree ("kode_wilayah","participant_id");--> statement-breakpoint
CREATE INDEX "participants_batch_idx" ON "participants" USING btree ("kode_wilayah","batch_id","status");--> statement-breakpoint
CREATE INDEX "participants_business_idx" ON "participants" USING btree ("kode_wilayah","business_id");--> statement-breakpoint
CREATE INDEX "participants_owner_idx" ON "participants" USING btree ("kode_wilayah","owner_id");--> statement-breakpoint
CREATE INDEX "programme_batches_programme_idx" ON "programme_batches" USING btree ("kode_wilayah","programme_id");--> statement-breakpoint
CREATE INDEX "programme_sessions_batch_idx" ON "programme_sessions" USING btree ("kode_wilayah","batch_id","starts_at");--> statement-breakpoint
CREATE INDEX "programme_sessions_starts_idx" ON "programme_sessions" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "programmes_year_idx" ON "programmes" USING btree ("kode_wilayah","year");--> statement-breakpoint
CREATE INDEX "business_needs_business_idx" ON "business_needs" USING btree ("kode_wilayah","business_id","created_at");--> statement-breakpoint
CREATE INDEX "owner_claims_status_idx" ON "owner_claims" USING btree ("kode_wilayah","status","created_at");--> statement-breakpoint
CREATE INDEX "owner_claims_user_idx" ON "owner_claims" USING btree ("kode_wilayah","user_id");--> statement-breakpoint
CREATE INDEX "owner_signups_phone_idx" ON "owner_signups" USING btree ("kode_wilayah","phone","created_at");--> statement-breakpoint
CREATE INDEX "notifications_due_idx" ON "notifications" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "notifications_created_idx" ON "notifications" USING btree ("kode_wilayah","created_at");