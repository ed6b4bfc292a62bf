-- New comments are counted once per statement instead of once per row: an import
-- or a bulk insert of thousands adds one grouped upsert per counter table. Updates
-- and deletes stay row by row (a trigger with a column list can't see transition tables).
CREATE FUNCTION "comment_counts_insert_batch"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  my_shard smallint := pg_backend_pid() % 16;
BEGIN
  INSERT INTO "comment_status_counts" ("status", "shard", "count")
  SELECT "status", my_shard, count(*) FROM "inserted" GROUP BY "status"
  ON CONFLICT ("status", "shard") DO UPDATE SET "count" = "comment_status_counts"."count" + excluded."count";
  INSERT INTO "comment_daily_counts" ("day", "status", "reason", "shard", "count")
  SELECT ("created_at" AT TIME ZONE 'UTC')::date, "status", coalesce("moderation_reason", ''), my_shard, count(*) FROM "inserted" GROUP BY 1, 2, 3
  ON CONFLICT ("day", "status", "reason", "shard") DO UPDATE SET "count" = "comment_daily_counts"."count" + excluded."count";
  INSERT INTO "post_daily_comment_counts" ("post_id", "status", "day", "shard", "count")
  SELECT "post_id", "status", ("created_at" AT TIME ZONE 'UTC')::date, my_shard, count(*) FROM "inserted" GROUP BY 1, 2, 3
  ON CONFLICT ("post_id", "status", "day", "shard") DO UPDATE SET "count" = "post_daily_comment_counts"."count" + excluded."count";
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER "comments_status_counts" ON "comments";
--> statement-breakpoint
CREATE TRIGGER "comments_status_counts" AFTER DELETE OR UPDATE OF "status", "moderation_reason", "created_at", "post_id" ON "comments"
FOR EACH ROW EXECUTE FUNCTION "comment_status_counts_track"();
--> statement-breakpoint
CREATE TRIGGER "comments_counts_insert" AFTER INSERT ON "comments" REFERENCING NEW TABLE AS "inserted"
FOR EACH STATEMENT EXECUTE FUNCTION "comment_counts_insert_batch"();
