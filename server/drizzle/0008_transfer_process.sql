CREATE TABLE "citizen_notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"source_key" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"body_zh" text NOT NULL,
	"body_en" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "transfer_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"issued_by_region_code" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"content_encrypted" text NOT NULL,
	CONSTRAINT "transfer_documents_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "transfer_application_actions" ADD COLUMN "agency_region_code" text;--> statement-breakpoint
ALTER TABLE "transfer_applications" ADD COLUMN "pooled_fund_fen" bigint;--> statement-breakpoint
ALTER TABLE "transfer_applications" ADD COLUMN "individual_account_fen" bigint;--> statement-breakpoint
ALTER TABLE "transfer_applications" ADD COLUMN "next_deadline_on" date;--> statement-breakpoint
ALTER TABLE "transfer_applications" ADD COLUMN "deadline_state" text;--> statement-breakpoint
ALTER TABLE "transfer_applications" ADD COLUMN "deadline_checked_on" date;--> statement-breakpoint
ALTER TABLE "transfer_documents" ADD CONSTRAINT "transfer_documents_application_id_transfer_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."transfer_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_notifications_source_idx" ON "citizen_notifications" USING btree ("source_key");--> statement-breakpoint
CREATE INDEX "citizen_notifications_person_idx" ON "citizen_notifications" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "transfer_documents_one_per_kind_idx" ON "transfer_documents" USING btree ("application_id","kind");--> statement-breakpoint
CREATE INDEX "transfer_applications_from_region_idx" ON "transfer_applications" USING btree ("from_region_code","status");--> statement-breakpoint
CREATE INDEX "transfer_applications_open_deadline_idx" ON "transfer_applications" USING btree ("next_deadline_on") WHERE "transfer_applications"."status" in ('submitted', 'accepted', 'out-done');--> statement-breakpoint
-- Open applications submitted before this migration: their step's deadline is their latest action's.
UPDATE "transfer_applications" AS a SET "next_deadline_on" = (
  SELECT x."deadline_on" FROM "transfer_application_actions" AS x
  WHERE x."application_id" = a."id" ORDER BY x."seq" DESC LIMIT 1
) WHERE a."status" IN ('submitted', 'accepted', 'out-done');
