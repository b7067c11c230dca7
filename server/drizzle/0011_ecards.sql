CREATE TABLE "ecard_family_members" (
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"member_person_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"kind" text NOT NULL,
	"adult_from" date,
	"status" text NOT NULL,
	"slot" smallint,
	"added_at" timestamp with time zone NOT NULL,
	"added_by_account_id" uuid NOT NULL,
	"invitation_expires_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answered_by_account_id" uuid,
	"ended_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "ecard_family_members_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "ecard_family_members_slot_check" CHECK ("ecard_family_members"."slot" between 1 and 8),
	CONSTRAINT "ecard_family_members_place_check" CHECK (("ecard_family_members"."status" in ('invited', 'active')) = ("ecard_family_members"."slot" is not null)),
	CONSTRAINT "ecard_family_members_status_check" CHECK ("ecard_family_members"."status" in ('invited', 'active', 'declined', 'expired', 'removed', 'left')),
	CONSTRAINT "ecard_family_members_relation_check" CHECK ("ecard_family_members"."relation" in ('spouse', 'parent', 'child', 'other')),
	CONSTRAINT "ecard_family_members_kind_check" CHECK ("ecard_family_members"."kind" in ('minor', 'adult') and ("ecard_family_members"."kind" = 'adult' or "ecard_family_members"."status" not in ('invited', 'declined', 'expired', 'left'))),
	CONSTRAINT "ecard_family_members_self_check" CHECK ("ecard_family_members"."member_person_id" <> "ecard_family_members"."person_id"),
	CONSTRAINT "ecard_family_members_adult_from_check" CHECK (("ecard_family_members"."kind" = 'minor') = ("ecard_family_members"."adult_from" is not null)),
	CONSTRAINT "ecard_family_members_invitation_check" CHECK (("ecard_family_members"."kind" = 'adult') = ("ecard_family_members"."invitation_expires_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "ecard_loss_authorisations" (
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"ecard_id" uuid NOT NULL,
	"loss_ends_at" timestamp with time zone NOT NULL,
	"authorised_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"authorised_by_account_id" uuid NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "ecard_loss_authorisations_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "ecard_loss_authorisations_period_check" CHECK ("ecard_loss_authorisations"."expires_at" > "ecard_loss_authorisations"."authorised_at" and "ecard_loss_authorisations"."expires_at" <= "ecard_loss_authorisations"."loss_ends_at")
);
--> statement-breakpoint
CREATE TABLE "ecards" (
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"card_id" uuid NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"applied_by_account_id" uuid NOT NULL,
	CONSTRAINT "ecards_pk" PRIMARY KEY("person_id","id")
);
--> statement-breakpoint
ALTER TABLE "ecard_loss_authorisations" ADD CONSTRAINT "ecard_loss_authorisations_ecard_fk" FOREIGN KEY ("person_id","ecard_id") REFERENCES "public"."ecards"("person_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecards" ADD CONSTRAINT "ecards_card_fk" FOREIGN KEY ("person_id","card_id") REFERENCES "public"."cards"("person_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ecard_family_members_slot_idx" ON "ecard_family_members" USING btree ("person_id","slot");--> statement-breakpoint
CREATE UNIQUE INDEX "ecard_family_members_current_idx" ON "ecard_family_members" USING btree ("person_id","member_person_id") WHERE "ecard_family_members"."status" in ('invited', 'active');--> statement-breakpoint
CREATE INDEX "ecard_family_members_member_idx" ON "ecard_family_members" USING btree ("member_person_id") WHERE "ecard_family_members"."status" in ('invited', 'active');--> statement-breakpoint
CREATE INDEX "ecard_loss_authorisations_ecard_idx" ON "ecard_loss_authorisations" USING btree ("person_id","ecard_id","expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ecards_card_idx" ON "ecards" USING btree ("person_id","card_id");