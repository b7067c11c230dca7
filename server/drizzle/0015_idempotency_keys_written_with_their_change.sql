-- Idempotency keys are no longer claimed before their request runs: a key is written with the
-- request's change and its first response, in one transaction (platform/idempotency). A row
-- without a response was a claim of the old way — a request in flight at the upgrade, or one whose
-- process died — and has no change to answer for: it goes, so that the key may be used again.
DELETE FROM "idempotency_keys" WHERE "response_status" IS NULL OR "response_body" IS NULL;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ALTER COLUMN "response_status" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ALTER COLUMN "response_body" SET NOT NULL;
