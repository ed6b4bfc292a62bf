CREATE TABLE "comment_daily_counts" (
	"day" date NOT NULL,
	"status" "comment_status" NOT NULL,
	"reason" varchar(100) DEFAULT '' NOT NULL,
	"shard" smallint DEFAULT 0 NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "comment_daily_counts_day_status_reason_shard_pk" PRIMARY KEY("day","status","reason","shard")
);
