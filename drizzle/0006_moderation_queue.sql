CREATE TABLE "comment_status_counts" (
	"status" "comment_status" PRIMARY KEY NOT NULL,
	"count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "moderation_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"actor_id" uuid,
	"action" varchar(30) NOT NULL,
	"comment_ids" integer[] NOT NULL,
	"changes" jsonb NOT NULL,
	"undone_by" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "comments_email_idx";--> statement-breakpoint
ALTER TABLE "moderation_events" ADD CONSTRAINT "moderation_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "moderation_events_created_idx" ON "moderation_events" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "moderation_events_actor_idx" ON "moderation_events" USING btree ("actor_id","created_at","id");--> statement-breakpoint
CREATE INDEX "moderation_events_comments_idx" ON "moderation_events" USING gin ("comment_ids");--> statement-breakpoint
CREATE INDEX "comments_post_status_created_idx" ON "comments" USING btree ("post_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "comments_email_status_created_idx" ON "comments" USING btree (lower("author_email"),"status","created_at","id");--> statement-breakpoint
CREATE INDEX "comments_ip_status_created_idx" ON "comments" USING btree ("ip","status","created_at","id");--> statement-breakpoint
CREATE INDEX "comments_name_status_created_idx" ON "comments" USING btree (lower("author_name"),"status","created_at","id");--> statement-breakpoint
CREATE INDEX "comments_body_search_idx" ON "comments" USING gin (to_tsvector('simple', "body"));