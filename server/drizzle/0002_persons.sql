CREATE TABLE "contribution_periods" (
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"from_month" text NOT NULL,
	"to_month" text NOT NULL,
	"monthly_base_fen" bigint NOT NULL,
	"employer_rate_bp" integer NOT NULL,
	"insured_as" text NOT NULL,
	"account_kind" text NOT NULL,
	"deemed" boolean DEFAULT false NOT NULL,
	"back_paid_on" date,
	CONSTRAINT "contribution_periods_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "contribution_periods_region_code_check" CHECK ("contribution_periods"."region_code" ~ '^[0-9]{6}$'),
	CONSTRAINT "contribution_periods_months_check" CHECK ("contribution_periods"."from_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' and "contribution_periods"."to_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' and "contribution_periods"."from_month" <= "contribution_periods"."to_month"),
	CONSTRAINT "contribution_periods_base_check" CHECK ("contribution_periods"."monthly_base_fen" > 0 or ("contribution_periods"."deemed" and "contribution_periods"."monthly_base_fen" = 0)),
	CONSTRAINT "contribution_periods_rate_check" CHECK ("contribution_periods"."employer_rate_bp" between 0 and 10000),
	CONSTRAINT "contribution_periods_insured_as_check" CHECK ("contribution_periods"."insured_as" in ('employee', 'individual')),
	CONSTRAINT "contribution_periods_account_kind_check" CHECK ("contribution_periods"."account_kind" in ('normal', 'temporary'))
);
--> statement-breakpoint
CREATE TABLE "insurance_relationships" (
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"scheme" text NOT NULL,
	"region_code" text NOT NULL,
	"status" text NOT NULL,
	"account_kind" text NOT NULL,
	"arrears_fen" bigint DEFAULT 0 NOT NULL,
	"personal_number" text,
	"started_on" date NOT NULL,
	"ended_on" date,
	CONSTRAINT "insurance_relationships_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "insurance_relationships_scheme_check" CHECK ("insurance_relationships"."scheme" in ('employee-pension', 'resident-pension', 'medical')),
	CONSTRAINT "insurance_relationships_status_check" CHECK ("insurance_relationships"."status" in ('contributing', 'suspended', 'terminated', 'drawing-pension')),
	CONSTRAINT "insurance_relationships_account_kind_check" CHECK ("insurance_relationships"."account_kind" = 'normal' or ("insurance_relationships"."account_kind" = 'temporary' and "insurance_relationships"."scheme" = 'employee-pension')),
	CONSTRAINT "insurance_relationships_region_code_check" CHECK ("insurance_relationships"."region_code" ~ '^[0-9]{6}$'),
	CONSTRAINT "insurance_relationships_arrears_check" CHECK ("insurance_relationships"."arrears_fen" >= 0),
	CONSTRAINT "insurance_relationships_ended_on_check" CHECK (("insurance_relationships"."status" = 'terminated') = ("insurance_relationships"."ended_on" is not null) and ("insurance_relationships"."ended_on" is null or "insurance_relationships"."ended_on" >= "insurance_relationships"."started_on"))
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"citizen_id_encrypted" text NOT NULL,
	"citizen_id_index" text NOT NULL,
	"phone_encrypted" text,
	"phone_index" text,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"hukou_region_code" text NOT NULL,
	"status" text NOT NULL,
	"deceased_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "persons_sex_check" CHECK ("persons"."sex" in ('male', 'female')),
	CONSTRAINT "persons_status_check" CHECK ("persons"."status" in ('alive', 'deceased')),
	CONSTRAINT "persons_deceased_on_check" CHECK (("persons"."status" = 'deceased') = ("persons"."deceased_on" is not null) and ("persons"."deceased_on" is null or "persons"."deceased_on" >= "persons"."birth_date")),
	CONSTRAINT "persons_hukou_region_code_check" CHECK ("persons"."hukou_region_code" ~ '^[0-9]{6}$'),
	CONSTRAINT "persons_phone_check" CHECK (("persons"."phone_encrypted" is null) = ("persons"."phone_index" is null)),
	CONSTRAINT "persons_version_check" CHECK ("persons"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "contribution_periods" ADD CONSTRAINT "contribution_periods_relationship_fk" FOREIGN KEY ("person_id","relationship_id") REFERENCES "public"."insurance_relationships"("person_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_relationships" ADD CONSTRAINT "insurance_relationships_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contribution_periods_person_idx" ON "contribution_periods" USING btree ("person_id","relationship_id");--> statement-breakpoint
CREATE UNIQUE INDEX "insurance_relationships_one_live_per_agency" ON "insurance_relationships" USING btree ("person_id","scheme","region_code") WHERE "insurance_relationships"."status" <> 'terminated';--> statement-breakpoint
CREATE UNIQUE INDEX "insurance_relationships_one_pension_drawn" ON "insurance_relationships" USING btree ("person_id","scheme") WHERE "insurance_relationships"."status" = 'drawing-pension';--> statement-breakpoint
CREATE UNIQUE INDEX "persons_citizen_id_index_unique" ON "persons" USING btree ("citizen_id_index");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_phone_index_unique" ON "persons" USING btree ("phone_index");