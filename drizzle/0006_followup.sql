CREATE TABLE "followup_checkins" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"task_id" uuid,
	"channel" text NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_by_name" text NOT NULL,
	"visited_on" date NOT NULL,
	"status" text NOT NULL,
	"status_reason" text,
	"monthly_sales" bigint,
	"workers_male" integer,
	"workers_female" integer,
	"new_products" text,
	"sales_channels" text[],
	"licences_obtained" text[] DEFAULT '{}'::text[] NOT NULL,
	"problems" text,
	"needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"base_version" integer,
	"conflict_fields" text[],
	"conflict_registry" jsonb,
	"conflict_resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "followup_checkins_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id")
);
--> statement-breakpoint
CREATE TABLE "followup_photos" (
	"kode_wilayah" text NOT NULL,
	"checkin_id" uuid NOT NULL,
	"mime" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "followup_photos_kode_wilayah_checkin_id_pk" PRIMARY KEY("kode_wilayah","checkin_id")
);
--> statement-breakpoint
CREATE TABLE "followup_tasks" (
	"kode_wilayah" text NOT NULL,
	"id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"offset_months" integer NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"checkin_id" uuid,
	"link_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "followup_tasks_kode_wilayah_id_pk" PRIMARY KEY("kode_wilayah","id"),
	CONSTRAINT "followup_tasks_participant_offset_uq" UNIQUE("kode_wilayah","participant_id","offset_months")
);
--> statement-breakpoint
ALTER TABLE "business_metrics" ADD COLUMN "status" text;--> statement-breakpoint
ALTER TABLE "business_metrics" ADD COLUMN "licences" text[];--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "followup_offsets_months" integer[] DEFAULT '{1,3,6,12}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "followup_checkins" ADD CONSTRAINT "followup_checkins_kode_wilayah_business_id_businesses_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","business_id") REFERENCES "public"."businesses"("kode_wilayah","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_photos" ADD CONSTRAINT "followup_photos_kode_wilayah_checkin_id_followup_checkins_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","checkin_id") REFERENCES "public"."followup_checkins"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_tasks" ADD CONSTRAINT "followup_tasks_kode_wilayah_programme_id_programmes_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","programme_id") REFERENCES "public"."programmes"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_tasks" ADD CONSTRAINT "followup_tasks_kode_wilayah_participant_id_participants_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","participant_id") REFERENCES "public"."participants"("kode_wilayah","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_tasks" ADD CONSTRAINT "followup_tasks_kode_wilayah_business_id_businesses_kode_wilayah_id_fk" FOREIGN KEY ("kode_wilayah","business_id") REFERENCES "public"."businesses"("kode_wilayah","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "followup_checkins_business_idx" ON "followup_checkins" USING btree ("kode_wilayah","business_id","visited_on");--> statement-breakpoint
CREATE INDEX "followup_tasks_due_idx" ON "followup_tasks" USING btree ("kode_wilayah","due_on");--> statement-breakpoint
CREATE INDEX "followup_tasks_business_idx" ON "followup_tasks" USING btree ("kode_wilayah","business_id");