-- Comments per status for the moderation queue's tabs, kept exact by triggers so
-- the counts are one row read however many comments there are.
INSERT INTO "comment_status_counts" ("status", "count")
SELECT s.status, (SELECT count(*) FROM "comments" c WHERE c."status" = s.status)
FROM unnest(enum_range(NULL::"comment_status")) AS s(status)
ON CONFLICT ("status") DO UPDATE SET "count" = EXCLUDED."count";
--> statement-breakpoint
CREATE FUNCTION "comment_status_counts_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "comment_status_counts" SET "count" = "count" + 1 WHERE "status" = NEW."status";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "comment_status_counts" SET "count" = "count" - 1 WHERE "status" = OLD."status";
  ELSIF NEW."status" IS DISTINCT FROM OLD."status" THEN
    UPDATE "comment_status_counts" SET "count" = "count" - 1 WHERE "status" = OLD."status";
    UPDATE "comment_status_counts" SET "count" = "count" + 1 WHERE "status" = NEW."status";
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "comments_status_counts" AFTER INSERT OR DELETE OR UPDATE OF "status" ON "comments"
FOR EACH ROW EXECUTE FUNCTION "comment_status_counts_track"();
--> statement-breakpoint
CREATE FUNCTION "comment_status_counts_reset"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "comment_status_counts" SET "count" = 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "comments_status_counts_truncate" AFTER TRUNCATE ON "comments"
FOR EACH STATEMENT EXECUTE FUNCTION "comment_status_counts_reset"();
