CREATE TABLE "transfer_document_counters" (
	"agency_region_code" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "transfer_document_counters_pk" PRIMARY KEY("agency_region_code","kind","year")
);
--> statement-breakpoint
-- Numbering continues where the documents issued so far left it: each counter starts at the
-- highest number of its agency, kind and year (`440100-LXH-2026-000041` → 41), read from the
-- numbers themselves as the numbering did before. Never lowers a counter.
INSERT INTO "transfer_document_counters" ("agency_region_code", "kind", "year", "last_seq")
SELECT parts[1], documents."kind", parts[2]::integer, max(parts[3]::integer)
  FROM "transfer_documents" AS documents,
       regexp_match(documents."number", '^([0-9]+)-[A-Z]+-([0-9]{4})-([0-9]+)$') AS parts
 WHERE parts IS NOT NULL
 GROUP BY parts[1], documents."kind", parts[2]
ON CONFLICT ("agency_region_code", "kind", "year")
   DO UPDATE SET "last_seq" = greatest("transfer_document_counters"."last_seq", excluded."last_seq");
