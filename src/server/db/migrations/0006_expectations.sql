CREATE TABLE "expectation_items" (
	"expectation_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "expectation_items_expectation_id_item_id_pk" PRIMARY KEY("expectation_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "expectations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"national_key" text,
	"title" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"page" text DEFAULT '' NOT NULL,
	"expects" text DEFAULT '' NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"forces" text[] DEFAULT '{}'::text[] NOT NULL,
	"relieves_formal_care" boolean DEFAULT false NOT NULL,
	"spheres" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "realism_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"expectation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"stakeholder_group_id" uuid,
	"rating" text NOT NULL,
	"needed" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "expectation_items" ADD CONSTRAINT "expectation_items_expectation_id_expectations_id_fk" FOREIGN KEY ("expectation_id") REFERENCES "public"."expectations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectation_items" ADD CONSTRAINT "expectation_items_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectations" ADD CONSTRAINT "expectations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectations" ADD CONSTRAINT "expectations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realism_ratings" ADD CONSTRAINT "realism_ratings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realism_ratings" ADD CONSTRAINT "realism_ratings_expectation_id_expectations_id_fk" FOREIGN KEY ("expectation_id") REFERENCES "public"."expectations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realism_ratings" ADD CONSTRAINT "realism_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realism_ratings" ADD CONSTRAINT "realism_ratings_stakeholder_group_id_stakeholder_groups_id_fk" FOREIGN KEY ("stakeholder_group_id") REFERENCES "public"."stakeholder_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "expectation_items_item_idx" ON "expectation_items" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "expectations_national_key" ON "expectations" USING btree ("workspace_id","national_key");--> statement-breakpoint
CREATE UNIQUE INDEX "realism_ratings_key" ON "realism_ratings" USING btree ("expectation_id","user_id");--> statement-breakpoint
CREATE INDEX "realism_ratings_workspace_idx" ON "realism_ratings" USING btree ("workspace_id");