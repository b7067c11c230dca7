CREATE TABLE "card_actions" (
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"card_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"reason_code" text,
	"note" text,
	"agency_region_code" text,
	CONSTRAINT "card_actions_pk" PRIMARY KEY("person_id","id")
);
--> statement-breakpoint
CREATE TABLE "card_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid NOT NULL,
	"card_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "card_passwords" (
	"person_id" uuid NOT NULL,
	"card_id" uuid NOT NULL,
	"password_hash" text NOT NULL,
	"wrong_in_a_row" integer DEFAULT 0 NOT NULL,
	"locked_at" timestamp with time zone,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "card_passwords_pk" PRIMARY KEY("person_id","card_id"),
	CONSTRAINT "card_passwords_wrong_check" CHECK ("card_passwords"."wrong_in_a_row" between 0 and 6)
);
--> statement-breakpoint
CREATE TABLE "card_tasks" (
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"card_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason_code" text NOT NULL,
	"agency_region_code" text NOT NULL,
	"status" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by_type" text NOT NULL,
	"requested_by_id" text NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by_id" text,
	"note" text,
	"new_card_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "card_tasks_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "card_tasks_closed_check" CHECK (("card_tasks"."status" = 'open') = ("card_tasks"."closed_at" is null))
);
--> statement-breakpoint
CREATE TABLE "cards" (
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"issuing_region_code" text NOT NULL,
	"card_number_encrypted" text NOT NULL,
	"identification_code_encrypted" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"replaces_card_id" uuid,
	"status" text NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"pending_request" text,
	"pending_reason" text,
	"offered_cancellation" text,
	"cancellation_reason" text,
	"temporary_loss_ends_at" timestamp with time zone,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cards_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "cards_region_code_check" CHECK ("cards"."issuing_region_code" ~ '^[0-9]{6}$'),
	CONSTRAINT "cards_status_check" CHECK ("cards"."status" in ('sealed', 'normal', 'temporary-loss', 'formal-loss', 'cancelled')),
	CONSTRAINT "cards_dates_check" CHECK ("cards"."expires_on" > "cards"."issued_on"),
	CONSTRAINT "cards_temporary_loss_check" CHECK (("cards"."status" = 'temporary-loss') = ("cards"."temporary_loss_ends_at" is not null)),
	CONSTRAINT "cards_cancellation_check" CHECK (("cards"."status" = 'cancelled') = ("cards"."cancellation_reason" is not null)),
	CONSTRAINT "cards_pending_check" CHECK (("cards"."pending_reason" is null or "cards"."pending_request" = 'cancellation') and ("cards"."pending_request" <> 'cancellation' or "cards"."pending_reason" is not null)),
	CONSTRAINT "cards_version_check" CHECK ("cards"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "card_actions" ADD CONSTRAINT "card_actions_card_fk" FOREIGN KEY ("person_id","card_id") REFERENCES "public"."cards"("person_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_passwords" ADD CONSTRAINT "card_passwords_card_fk" FOREIGN KEY ("person_id","card_id") REFERENCES "public"."cards"("person_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_tasks" ADD CONSTRAINT "card_tasks_card_fk" FOREIGN KEY ("person_id","card_id") REFERENCES "public"."cards"("person_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "card_actions_seq_idx" ON "card_actions" USING btree ("person_id","card_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "card_tasks_one_open_idx" ON "card_tasks" USING btree ("person_id","card_id") WHERE "card_tasks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "card_tasks_queue_idx" ON "card_tasks" USING btree ("agency_region_code","requested_at") WHERE "card_tasks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "cards_person_idx" ON "cards" USING btree ("person_id","issued_on");--> statement-breakpoint
CREATE INDEX "cards_temporary_loss_ends_idx" ON "cards" USING btree ("temporary_loss_ends_at") WHERE "cards"."status" = 'temporary-loss';--> statement-breakpoint
-- A card's history is append-only (CONVENTIONS.md): its state is derived from it.
CREATE FUNCTION card_actions_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'card_actions is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER card_actions_no_update_or_delete
  BEFORE UPDATE OR DELETE ON card_actions
  FOR EACH ROW EXECUTE FUNCTION card_actions_refuse_change();
--> statement-breakpoint
CREATE TRIGGER card_actions_no_truncate
  BEFORE TRUNCATE ON card_actions
  FOR EACH STATEMENT EXECUTE FUNCTION card_actions_refuse_change();
