-- Dutch full-text search that folds accents: "cafe" finds "Café".
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION sb_dutch (COPY = dutch);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION sb_dutch ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;--> statement-breakpoint
-- Lower case without accents. unaccent() is only STABLE; naming the dictionary makes this safe
-- to mark IMMUTABLE, so it can feed a generated column.
CREATE FUNCTION sb_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;--> statement-breakpoint
CREATE TABLE "item_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by" uuid,
	"action" text NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
DROP INDEX "items_workspace_idx";--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "name_folded" text GENERATED ALWAYS AS (sb_fold("name")) STORED;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('sb_dutch'::regconfig, "name"), 'A') || setweight(to_tsvector('sb_dutch'::regconfig, "description"), 'B') || setweight(to_tsvector('sb_dutch'::regconfig, "funding" || ' ' || "reach"), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "item_changes" ADD CONSTRAINT "item_changes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_changes" ADD CONSTRAINT "item_changes_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_changes" ADD CONSTRAINT "item_changes_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_changes_item_idx" ON "item_changes" USING btree ("item_id","at");--> statement-breakpoint
CREATE INDEX "items_workspace_sphere_idx" ON "items" USING btree ("workspace_id","sphere");--> statement-breakpoint
CREATE INDEX "items_search_idx" ON "items" USING gin ("search");--> statement-breakpoint
CREATE INDEX "items_themes_idx" ON "items" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "items_workspace_idx" ON "items" USING btree ("workspace_id","name");