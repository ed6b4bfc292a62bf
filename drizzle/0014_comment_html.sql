ALTER TABLE "comments" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "body_html_version" smallint;