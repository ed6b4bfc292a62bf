DROP INDEX "comments_body_search_idx";--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "body_search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED;--> statement-breakpoint
CREATE INDEX "comments_body_search_idx" ON "comments" USING gin ("body_search");