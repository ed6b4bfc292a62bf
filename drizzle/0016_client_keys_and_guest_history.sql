DROP INDEX "comments_ip_created_idx";--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "ip_key" varchar(45);--> statement-breakpoint
-- Existing comments: IPv4 addresses key as themselves, IPv6 ones by their /64.
UPDATE "comments" SET "ip_key" = CASE
  WHEN "ip" ~ '^[0-9a-fA-F:]+$' AND "ip" LIKE '%:%' THEN host(network(set_masklen("ip"::inet, 64))) || '/64'
  ELSE "ip"
END;--> statement-breakpoint
CREATE INDEX "comments_ip_key_created_idx" ON "comments" USING btree ("ip_key","created_at");--> statement-breakpoint
CREATE INDEX "comments_guest_email_approved_idx" ON "comments" USING btree (lower("author_email")) WHERE "comments"."user_id" IS NULL AND "comments"."status" = 'approved';