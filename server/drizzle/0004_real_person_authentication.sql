CREATE TABLE "counter_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"issued_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"consumed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "real_person_consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"method" text NOT NULL,
	"notice_version" text NOT NULL,
	"channel" text NOT NULL,
	"given_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "real_person_verifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"consent_id" uuid NOT NULL,
	"method" text NOT NULL,
	"result" text NOT NULL,
	"provider_transaction_id" text,
	"score" double precision,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "real_person_consents" ADD CONSTRAINT "real_person_consents_account_id_citizen_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."citizen_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "real_person_verifications" ADD CONSTRAINT "real_person_verifications_account_id_citizen_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."citizen_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "real_person_verifications" ADD CONSTRAINT "real_person_verifications_consent_id_real_person_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."real_person_consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "counter_codes_person_idx" ON "counter_codes" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "real_person_consents_account_idx" ON "real_person_consents" USING btree ("account_id","given_at");--> statement-breakpoint
CREATE INDEX "real_person_verifications_account_idx" ON "real_person_verifications" USING btree ("account_id","completed_at");