CREATE SCHEMA IF NOT EXISTS "nyx_cache";
--> statement-breakpoint
CREATE TABLE "nyx_cache"."embeddings" (
	"content_hash" text PRIMARY KEY NOT NULL,
	"model" text NOT NULL,
	"dimensions" integer NOT NULL,
	"vector" double precision[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "embeddings_dimensions_check" CHECK (dimensions > 0 AND cardinality(vector) = dimensions)
);
