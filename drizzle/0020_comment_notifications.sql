ALTER TYPE "public"."mail_status" ADD VALUE 'cancelled';--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid NOT NULL,
	"kind" varchar(40) NOT NULL,
	"mode" varchar(10) NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
ALTER TABLE "mail_queue" ADD COLUMN "comment_id" integer;--> statement-breakpoint
ALTER TABLE "mail_queue" ADD COLUMN "while_status" "comment_status";--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;