-- The dashboard's counters start from the comments already stored; from 0027 on
-- the comment trigger keeps them.
INSERT INTO "comment_daily_counts" ("day", "status", "reason", "shard", "count")
SELECT ("created_at" AT TIME ZONE 'UTC')::date, "status", coalesce("moderation_reason", ''), 0, count(*)
FROM "comments" GROUP BY 1, 2, 3;
