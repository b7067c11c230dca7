CREATE TABLE "event_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"event" json NOT NULL
);
