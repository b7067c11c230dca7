CREATE TABLE "holiday_arrangement_days" (
	"id" uuid PRIMARY KEY NOT NULL,
	"arrangement_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "holiday_arrangement_days_date_unique" UNIQUE("date"),
	CONSTRAINT "holiday_arrangement_days_working_day_check" CHECK ("holiday_arrangement_days"."kind" <> 'working-day' or extract(isodow from "holiday_arrangement_days"."date") in (6, 7))
);
--> statement-breakpoint
CREATE TABLE "holiday_arrangements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"notice" text NOT NULL,
	"digest" text NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL,
	"loaded_by" text NOT NULL,
	CONSTRAINT "holiday_arrangements_year_unique" UNIQUE("year"),
	CONSTRAINT "holiday_arrangements_year_check" CHECK ("holiday_arrangements"."year" between 2004 and 2100)
);
--> statement-breakpoint
ALTER TABLE "holiday_arrangement_days" ADD CONSTRAINT "holiday_arrangement_days_arrangement_id_holiday_arrangements_id_fk" FOREIGN KEY ("arrangement_id") REFERENCES "public"."holiday_arrangements"("id") ON DELETE cascade ON UPDATE no action;