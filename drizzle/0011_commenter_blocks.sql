CREATE TYPE "public"."block_kind" AS ENUM('account', 'email', 'ip');--> statement-breakpoint
CREATE TABLE "commenter_blocks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "commenter_blocks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "block_kind" NOT NULL,
	"value" varchar(200) NOT NULL,
	"reason" varchar(500) NOT NULL,
	"ends_at" timestamp (3) with time zone,
	"hide_existing" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"lifted_at" timestamp (3) with time zone,
	"lifted_by" uuid
);
--> statement-breakpoint
ALTER TABLE "commenter_blocks" ADD CONSTRAINT "commenter_blocks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commenter_blocks" ADD CONSTRAINT "commenter_blocks_lifted_by_users_id_fk" FOREIGN KEY ("lifted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commenter_blocks_match_idx" ON "commenter_blocks" USING btree ("kind","value") WHERE "commenter_blocks"."lifted_at" IS NULL;