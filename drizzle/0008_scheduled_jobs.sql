CREATE TABLE "scheduled_jobs" (
	"name" varchar(60) PRIMARY KEY NOT NULL,
	"next_run_at" timestamp (3) with time zone NOT NULL,
	"last_run_at" timestamp (3) with time zone,
	"last_result" text
);
--> statement-breakpoint
CREATE INDEX "comments_trash_updated_idx" ON "comments" USING btree ("updated_at") WHERE "comments"."status" = 'trash';