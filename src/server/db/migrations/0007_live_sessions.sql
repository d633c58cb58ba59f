CREATE TABLE "live_open_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"stakeholder_group_id" uuid,
	"nickname" text DEFAULT '' NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"title" text NOT NULL,
	"date" text NOT NULL,
	"code" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"current_step_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"minutes" integer DEFAULT 10 NOT NULL,
	"question" text DEFAULT '' NOT NULL,
	"item_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"expectation_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_vote_receipts" (
	"participant_id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"step_id" uuid NOT NULL,
	"target" uuid NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_vote_receipts_participant_id_client_id_pk" PRIMARY KEY("participant_id","client_id")
);
--> statement-breakpoint
ALTER TABLE "realism_ratings" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "scores" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "realism_ratings" ADD COLUMN "participant_id" uuid;--> statement-breakpoint
ALTER TABLE "realism_ratings" ADD COLUMN "session_id" uuid;--> statement-breakpoint
ALTER TABLE "scores" ADD COLUMN "participant_id" uuid;--> statement-breakpoint
ALTER TABLE "scores" ADD COLUMN "session_id" uuid;--> statement-breakpoint
ALTER TABLE "live_open_answers" ADD CONSTRAINT "live_open_answers_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_open_answers" ADD CONSTRAINT "live_open_answers_step_id_live_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."live_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_open_answers" ADD CONSTRAINT "live_open_answers_participant_id_live_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."live_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_participants" ADD CONSTRAINT "live_participants_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_participants" ADD CONSTRAINT "live_participants_stakeholder_group_id_stakeholder_groups_id_fk" FOREIGN KEY ("stakeholder_group_id") REFERENCES "public"."stakeholder_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_steps" ADD CONSTRAINT "live_steps_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_vote_receipts" ADD CONSTRAINT "live_vote_receipts_participant_id_live_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."live_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_vote_receipts" ADD CONSTRAINT "live_vote_receipts_step_id_live_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."live_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "live_open_answers_step_idx" ON "live_open_answers" USING btree ("step_id");--> statement-breakpoint
CREATE UNIQUE INDEX "live_participants_token_key" ON "live_participants" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "live_participants_session_idx" ON "live_participants" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "live_sessions_code_key" ON "live_sessions" USING btree ("code");--> statement-breakpoint
CREATE INDEX "live_sessions_workspace_idx" ON "live_sessions" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "live_steps_session_idx" ON "live_steps" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "live_vote_receipts_step_idx" ON "live_vote_receipts" USING btree ("step_id");--> statement-breakpoint
ALTER TABLE "realism_ratings" ADD CONSTRAINT "realism_ratings_participant_id_live_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."live_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realism_ratings" ADD CONSTRAINT "realism_ratings_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_participant_id_live_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."live_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "realism_ratings_participant_key" ON "realism_ratings" USING btree ("expectation_id","participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scores_item_participant_key" ON "scores" USING btree ("item_id","participant_id");--> statement-breakpoint
CREATE INDEX "scores_session_idx" ON "scores" USING btree ("session_id");--> statement-breakpoint
ALTER TABLE "realism_ratings" ADD CONSTRAINT "realism_ratings_one_rater" CHECK (num_nonnulls("realism_ratings"."user_id", "realism_ratings"."participant_id") = 1);--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_one_scorer" CHECK (num_nonnulls("scores"."user_id", "scores"."participant_id") = 1);