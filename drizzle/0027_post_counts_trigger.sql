-- Counters per post, status and UTC day join those the comment trigger keeps
-- (0024, 0026); one helper adds a comment's weight (+1 or -1) to every counter.
CREATE OR REPLACE FUNCTION "comment_counts_add"(p_status "comment_status", p_reason text, p_created timestamptz, p_post integer, p_delta integer, p_shard smallint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "comment_status_counts" ("status", "shard", "count") VALUES (p_status, p_shard, p_delta)
  ON CONFLICT ("status", "shard") DO UPDATE SET "count" = "comment_status_counts"."count" + p_delta;
  INSERT INTO "comment_daily_counts" ("day", "status", "reason", "shard", "count")
  VALUES ((p_created AT TIME ZONE 'UTC')::date, p_status, coalesce(p_reason, ''), p_shard, p_delta)
  ON CONFLICT ("day", "status", "reason", "shard") DO UPDATE SET "count" = "comment_daily_counts"."count" + p_delta;
  INSERT INTO "post_daily_comment_counts" ("post_id", "status", "day", "shard", "count")
  VALUES (p_post, p_status, (p_created AT TIME ZONE 'UTC')::date, p_shard, p_delta)
  ON CONFLICT ("post_id", "status", "day", "shard") DO UPDATE SET "count" = "post_daily_comment_counts"."count" + p_delta;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "comment_status_counts_track"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  my_shard smallint := pg_backend_pid() % 16;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "comment_counts_add"(NEW."status", NEW."moderation_reason", NEW."created_at", NEW."post_id", 1, my_shard);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "comment_counts_add"(OLD."status", OLD."moderation_reason", OLD."created_at", OLD."post_id", -1, my_shard);
  ELSIF NEW."status" IS DISTINCT FROM OLD."status" OR NEW."moderation_reason" IS DISTINCT FROM OLD."moderation_reason"
     OR NEW."created_at" IS DISTINCT FROM OLD."created_at" OR NEW."post_id" IS DISTINCT FROM OLD."post_id" THEN
    PERFORM "comment_counts_add"(OLD."status", OLD."moderation_reason", OLD."created_at", OLD."post_id", -1, my_shard);
    PERFORM "comment_counts_add"(NEW."status", NEW."moderation_reason", NEW."created_at", NEW."post_id", 1, my_shard);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER "comments_status_counts" ON "comments";
--> statement-breakpoint
CREATE TRIGGER "comments_status_counts" AFTER INSERT OR DELETE OR UPDATE OF "status", "moderation_reason", "created_at", "post_id" ON "comments"
FOR EACH ROW EXECUTE FUNCTION "comment_status_counts_track"();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "comment_status_counts_reset"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "comment_status_counts" SET "count" = 0;
  DELETE FROM "comment_daily_counts";
  DELETE FROM "post_daily_comment_counts";
  RETURN NULL;
END $$;
--> statement-breakpoint
INSERT INTO "post_daily_comment_counts" ("post_id", "status", "day", "shard", "count")
SELECT "post_id", "status", ("created_at" AT TIME ZONE 'UTC')::date, 0, count(*)
FROM "comments" GROUP BY 1, 2, 3;
