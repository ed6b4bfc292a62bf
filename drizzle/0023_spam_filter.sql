CREATE TABLE "spam_model" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"spam_messages" integer DEFAULT 0 NOT NULL,
	"ham_messages" integer DEFAULT 0 NOT NULL,
	"starter_version" smallint NOT NULL,
	"trained_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spam_tokens" (
	"token" varchar(200) PRIMARY KEY NOT NULL,
	"spam" integer DEFAULT 0 NOT NULL,
	"ham" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spam_training" (
	"comment_id" integer PRIMARY KEY NOT NULL,
	"label" varchar(4) NOT NULL,
	"tokens" text[] NOT NULL,
	"trained_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "spam_score" real;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "spam_reasons" text[];--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "spam_tokens" text[];--> statement-breakpoint
ALTER TABLE "spam_training" ADD CONSTRAINT "spam_training_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_spam_filter_status_created_idx" ON "comments" USING btree ("status","created_at","id") WHERE "comments"."moderation_reason" = 'spam-filter';