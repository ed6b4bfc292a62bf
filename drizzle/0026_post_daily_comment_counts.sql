CREATE TABLE "post_daily_comment_counts" (
	"post_id" integer NOT NULL,
	"status" "comment_status" NOT NULL,
	"day" date NOT NULL,
	"shard" smallint DEFAULT 0 NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "post_daily_comment_counts_post_id_status_day_shard_pk" PRIMARY KEY("post_id","status","day","shard")
);
--> statement-breakpoint
CREATE INDEX "post_daily_comment_counts_day_idx" ON "post_daily_comment_counts" USING btree ("day","status","post_id");