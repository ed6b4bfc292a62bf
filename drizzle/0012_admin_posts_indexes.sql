CREATE INDEX "posts_updated_idx" ON "posts" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "posts_author_updated_idx" ON "posts" USING btree ("author_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "posts_category_updated_idx" ON "posts" USING btree ("category_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "posts_headline_search_idx" ON "posts" USING gin (to_tsvector('simple', "headline"));