CREATE TABLE "personal_data_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "personal_data_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" varchar(100) NOT NULL,
	"kind" varchar(10) NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"requested_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"confirmed_at" timestamp (3) with time zone,
	"completed_at" timestamp (3) with time zone,
	"result" jsonb,
	CONSTRAINT "personal_data_requests_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "personal_data_requests" ADD CONSTRAINT "personal_data_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "personal_data_requests_created_idx" ON "personal_data_requests" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "comment_reports_ip_created_idx" ON "comment_reports" USING btree ("created_at") WHERE "comment_reports"."ip" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "comments_address_created_idx" ON "comments" USING btree ("created_at") WHERE "comments"."ip_key" IS NOT NULL OR "comments"."user_agent" IS NOT NULL;