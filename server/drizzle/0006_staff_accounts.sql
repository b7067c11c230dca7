CREATE TABLE "platform_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"agency_region_code" text,
	"password_hash" text,
	"password_changed_at" timestamp with time zone,
	"totp_secret_encrypted" text NOT NULL,
	"totp_last_step" integer,
	"activation_code_hash" text,
	"activation_expires_at" timestamp with time zone,
	"activated_at" timestamp with time zone,
	"failed_sign_ins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "staff_accounts_username_unique" UNIQUE("username"),
	CONSTRAINT "staff_accounts_username_check" CHECK ("staff_accounts"."username" ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
	CONSTRAINT "staff_accounts_agency_check" CHECK (("staff_accounts"."role" in ('agency_staff', 'agency_supervisor')) = ("staff_accounts"."agency_region_code" is not null) and ("staff_accounts"."agency_region_code" is null or "staff_accounts"."agency_region_code" ~ '^[0-9]{6}$')),
	CONSTRAINT "staff_accounts_activation_check" CHECK (("staff_accounts"."activated_at" is null) or ("staff_accounts"."password_hash" is not null and "staff_accounts"."activation_code_hash" is null))
);
