-- Trigram index: part-of-word search in names ("cafe" in "Taalcafé") without a full scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "items_workspace_idx";--> statement-breakpoint
CREATE INDEX "items_workspace_name_idx" ON "items" USING btree ("workspace_id","name","id");--> statement-breakpoint
CREATE INDEX "items_active_idx" ON "items" USING btree ("workspace_id","sphere") WHERE "items"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "items_name_trgm_idx" ON "items" USING gin ("name_folded" gin_trgm_ops);