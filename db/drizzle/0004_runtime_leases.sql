CREATE SCHEMA IF NOT EXISTS "nyx_runtime";
--> statement-breakpoint
CREATE TABLE "nyx_runtime"."application_leases" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"session_id" uuid,
	"holder" text,
	"attempt" integer DEFAULT 0 NOT NULL,
	"leased_until" timestamp with time zone,
	"not_before" timestamp with time zone,
	"last_error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_leases_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id"),
	CONSTRAINT "application_leases_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id"),
	CONSTRAINT "application_leases_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "public"."application_sessions"("id"),
	CONSTRAINT "application_leases_attempt_check" CHECK (attempt >= 0)
);
--> statement-breakpoint
CREATE INDEX "idx_application_leases_leased" ON "nyx_runtime"."application_leases" USING btree ("leased_until") WHERE leased_until IS NOT NULL;
