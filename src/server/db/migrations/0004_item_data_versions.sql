CREATE TABLE "item_data_versions" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "item_data_versions" ADD CONSTRAINT "item_data_versions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "items_active_kind_idx" ON "items" USING btree ("workspace_id","kind","name","id","sphere","carried_by","updated_at") WHERE "items"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "items_active_carrier_idx" ON "items" USING btree ("workspace_id","carried_by","name","id","sphere","kind","updated_at") WHERE "items"."archived_at" is null;--> statement-breakpoint
-- Every statement that writes items, item_areas or areas raises the version of each workspace it
-- touched, in the same transaction. Statement triggers with transition tables: an import of
-- 20,000 rows raises the version once per statement, not once per row. A workspace that is being
-- deleted (the join finds no row) is skipped; its version row goes with it.
CREATE FUNCTION sb_bump_item_data_versions(workspace_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO item_data_versions AS v (workspace_id, version)
  SELECT w.id, 1 FROM workspaces w WHERE w.id = ANY (workspace_ids)
  ON CONFLICT (workspace_id) DO UPDATE SET version = v.version + 1
$$;--> statement-breakpoint
CREATE FUNCTION sb_items_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM sb_bump_item_data_versions(ARRAY(SELECT DISTINCT workspace_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM sb_bump_item_data_versions(ARRAY(
      SELECT workspace_id FROM new_rows UNION SELECT workspace_id FROM old_rows));
  ELSE
    PERFORM sb_bump_item_data_versions(ARRAY(SELECT DISTINCT workspace_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION sb_item_areas_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM sb_bump_item_data_versions(ARRAY(
      SELECT i.workspace_id FROM new_rows r JOIN items i ON i.id = r.item_id
      UNION SELECT a.workspace_id FROM new_rows r JOIN areas a ON a.id = r.area_id));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM sb_bump_item_data_versions(ARRAY(
      SELECT i.workspace_id FROM new_rows r JOIN items i ON i.id = r.item_id
      UNION SELECT a.workspace_id FROM new_rows r JOIN areas a ON a.id = r.area_id
      UNION SELECT i.workspace_id FROM old_rows r JOIN items i ON i.id = r.item_id
      UNION SELECT a.workspace_id FROM old_rows r JOIN areas a ON a.id = r.area_id));
  ELSE
    -- Rows deleted with their item or area: that delete raised the version already.
    PERFORM sb_bump_item_data_versions(ARRAY(
      SELECT i.workspace_id FROM old_rows r JOIN items i ON i.id = r.item_id
      UNION SELECT a.workspace_id FROM old_rows r JOIN areas a ON a.id = r.area_id));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION sb_item_data_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE item_data_versions SET version = version + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER items_inserted AFTER INSERT ON items REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_items_changed();--> statement-breakpoint
CREATE TRIGGER items_updated AFTER UPDATE ON items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_items_changed();--> statement-breakpoint
CREATE TRIGGER items_deleted AFTER DELETE ON items REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_items_changed();--> statement-breakpoint
CREATE TRIGGER areas_inserted AFTER INSERT ON areas REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_items_changed();--> statement-breakpoint
CREATE TRIGGER areas_updated AFTER UPDATE ON areas REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_items_changed();--> statement-breakpoint
CREATE TRIGGER areas_deleted AFTER DELETE ON areas REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_items_changed();--> statement-breakpoint
CREATE TRIGGER item_areas_inserted AFTER INSERT ON item_areas REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_item_areas_changed();--> statement-breakpoint
CREATE TRIGGER item_areas_updated AFTER UPDATE ON item_areas REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_item_areas_changed();--> statement-breakpoint
CREATE TRIGGER item_areas_deleted AFTER DELETE ON item_areas REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_item_areas_changed();--> statement-breakpoint
CREATE TRIGGER items_truncated AFTER TRUNCATE ON items
  FOR EACH STATEMENT EXECUTE FUNCTION sb_item_data_truncated();--> statement-breakpoint
CREATE TRIGGER areas_truncated AFTER TRUNCATE ON areas
  FOR EACH STATEMENT EXECUTE FUNCTION sb_item_data_truncated();--> statement-breakpoint
CREATE TRIGGER item_areas_truncated AFTER TRUNCATE ON item_areas
  FOR EACH STATEMENT EXECUTE FUNCTION sb_item_data_truncated();
