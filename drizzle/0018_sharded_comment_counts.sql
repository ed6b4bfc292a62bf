-- Comment counts per status, spread over 16 shards: every submission used to
-- update the one "pending" (or "approved") row, so concurrent submissions queued
-- on its lock until each transaction committed. Each backend now writes its own
-- shard (pg_backend_pid() % 16); readers sum the shards.
ALTER TABLE "comment_status_counts" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "comment_status_counts" DROP CONSTRAINT "comment_status_counts_pkey";--> statement-breakpoint
ALTER TABLE "comment_status_counts" ADD CONSTRAINT "comment_status_counts_status_shard_pk" PRIMARY KEY("status","shard");--> statement-breakpoint
CREATE OR REPLACE FUNCTION "comment_status_counts_track"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  my_shard smallint := pg_backend_pid() % 16;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "comment_status_counts" ("status", "shard", "count") VALUES (NEW."status", my_shard, 1)
    ON CONFLICT ("status", "shard") DO UPDATE SET "count" = "comment_status_counts"."count" + 1;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "comment_status_counts" ("status", "shard", "count") VALUES (OLD."status", my_shard, -1)
    ON CONFLICT ("status", "shard") DO UPDATE SET "count" = "comment_status_counts"."count" - 1;
  ELSIF NEW."status" IS DISTINCT FROM OLD."status" THEN
    INSERT INTO "comment_status_counts" ("status", "shard", "count") VALUES (OLD."status", my_shard, -1)
    ON CONFLICT ("status", "shard") DO UPDATE SET "count" = "comment_status_counts"."count" - 1;
    INSERT INTO "comment_status_counts" ("status", "shard", "count") VALUES (NEW."status", my_shard, 1)
    ON CONFLICT ("status", "shard") DO UPDATE SET "count" = "comment_status_counts"."count" + 1;
  END IF;
  RETURN NULL;
END $$;
