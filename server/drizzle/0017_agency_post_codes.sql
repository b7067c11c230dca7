-- The transfer documents (联系函, 信息表) print each agency's post code, which the directory did not
-- hold: they said 未登记 for every agency. A Chinese post code is exactly six digits; null while an
-- agency has registered none. The demo agencies' post codes come with the reference data: a start
-- fills those still missing (regions/seed/load-reference-regions.ts).
ALTER TABLE "agencies" ADD COLUMN "post_code" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_post_code_check" CHECK ("agencies"."post_code" ~ '^[0-9]{6}$');