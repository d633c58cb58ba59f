CREATE TABLE "criterion_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"criterion_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"label" text,
	"explanation" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_answers" (
	"score_id" uuid NOT NULL,
	"criterion_version_id" uuid NOT NULL,
	"answer" text NOT NULL,
	CONSTRAINT "score_answers_score_id_criterion_version_id_pk" PRIMARY KEY("score_id","criterion_version_id")
);
--> statement-breakpoint
CREATE TABLE "scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"stakeholder_group_id" uuid,
	"overall" text,
	"sphere" text,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "criteria" ADD COLUMN "current_version_id" uuid;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "outcome_lower" real DEFAULT 0.35 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "outcome_upper" real DEFAULT 0.65 NOT NULL;--> statement-breakpoint
ALTER TABLE "criterion_versions" ADD CONSTRAINT "criterion_versions_criterion_id_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criterion_versions" ADD CONSTRAINT "criterion_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_answers" ADD CONSTRAINT "score_answers_score_id_scores_id_fk" FOREIGN KEY ("score_id") REFERENCES "public"."scores"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_answers" ADD CONSTRAINT "score_answers_criterion_version_id_criterion_versions_id_fk" FOREIGN KEY ("criterion_version_id") REFERENCES "public"."criterion_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_stakeholder_group_id_stakeholder_groups_id_fk" FOREIGN KEY ("stakeholder_group_id") REFERENCES "public"."stakeholder_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "criterion_versions_key" ON "criterion_versions" USING btree ("criterion_id","version");--> statement-breakpoint
CREATE INDEX "decisions_item_idx" ON "decisions" USING btree ("item_id","decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "scores_item_user_key" ON "scores" USING btree ("item_id","user_id");--> statement-breakpoint
CREATE INDEX "scores_workspace_idx" ON "scores" USING btree ("workspace_id");--> statement-breakpoint
-- Every existing criterion gets its first version, and new scores point at it.
INSERT INTO "criterion_versions" ("criterion_id", "version", "label", "explanation")
  SELECT "id", "version", "label", "explanation" FROM "criteria";--> statement-breakpoint
UPDATE "criteria" c SET "current_version_id" = v."id"
  FROM "criterion_versions" v WHERE v."criterion_id" = c."id" AND v."version" = c."version";
