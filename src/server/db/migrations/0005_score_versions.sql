CREATE TABLE "score_versions" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "score_versions" ADD CONSTRAINT "score_versions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every statement that writes scores raises the version of each workspace it touched, in the
-- same transaction (statement triggers with transition tables: the demo's bulk insert raises it
-- once). A workspace being deleted (the join finds no row) is skipped; its row goes with it.
-- score_answers change only together with their score row (putScore upserts it first).
CREATE FUNCTION sb_bump_score_versions(workspace_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO score_versions AS v (workspace_id, version)
  SELECT w.id, 1 FROM workspaces w WHERE w.id = ANY (workspace_ids)
  ON CONFLICT (workspace_id) DO UPDATE SET version = v.version + 1
$$;--> statement-breakpoint
CREATE FUNCTION sb_scores_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM sb_bump_score_versions(ARRAY(SELECT DISTINCT workspace_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM sb_bump_score_versions(ARRAY(
      SELECT workspace_id FROM new_rows UNION SELECT workspace_id FROM old_rows));
  ELSE
    PERFORM sb_bump_score_versions(ARRAY(SELECT DISTINCT workspace_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION sb_scores_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE score_versions SET version = version + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER scores_inserted AFTER INSERT ON scores REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_scores_changed();--> statement-breakpoint
CREATE TRIGGER scores_updated AFTER UPDATE ON scores REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_scores_changed();--> statement-breakpoint
CREATE TRIGGER scores_deleted AFTER DELETE ON scores REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sb_scores_changed();--> statement-breakpoint
CREATE TRIGGER scores_truncated AFTER TRUNCATE ON scores
  FOR EACH STATEMENT EXECUTE FUNCTION sb_scores_truncated();
