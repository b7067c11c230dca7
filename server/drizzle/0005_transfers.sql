CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response_status" integer,
	"response_body" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "transfer_application_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"reason_code" text,
	"note" text,
	"deadline_on" date
);
--> statement-breakpoint
CREATE TABLE "transfer_applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"scheme" text NOT NULL,
	"from_region_code" text NOT NULL,
	"to_region_code" text NOT NULL,
	"status" text NOT NULL,
	"contact_phone_encrypted" text NOT NULL,
	"address" text NOT NULL,
	"post_code" text NOT NULL,
	"former_personal_number" text,
	"agent_name" text,
	"agent_phone_encrypted" text,
	"channel" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "transfer_applications_regions_check" CHECK ("transfer_applications"."from_region_code" ~ '^[0-9]{6}$' and "transfer_applications"."to_region_code" ~ '^[0-9]{6}$')
);
--> statement-breakpoint
ALTER TABLE "transfer_application_actions" ADD CONSTRAINT "transfer_application_actions_application_id_transfer_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."transfer_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "transfer_application_actions_seq_idx" ON "transfer_application_actions" USING btree ("application_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "transfer_applications_one_open_idx" ON "transfer_applications" USING btree ("person_id","scheme") WHERE "transfer_applications"."status" in ('submitted', 'accepted', 'out-done');--> statement-breakpoint
CREATE INDEX "transfer_applications_person_idx" ON "transfer_applications" USING btree ("person_id","submitted_at");--> statement-breakpoint
CREATE INDEX "transfer_applications_to_region_idx" ON "transfer_applications" USING btree ("to_region_code","status");--> statement-breakpoint
-- An application's history is append-only (CONVENTIONS.md): its status is derived from it.
CREATE FUNCTION transfer_application_actions_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'transfer_application_actions is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER transfer_application_actions_no_update_or_delete
  BEFORE UPDATE OR DELETE ON transfer_application_actions
  FOR EACH ROW EXECUTE FUNCTION transfer_application_actions_refuse_change();
