import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

/** Server-side login sessions; the cookie holds a random token, the table only its hash. */
export const authSessions = pgTable(
  "auth_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId)],
);

export const workspaces = pgTable(
  "workspaces",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    /** Degree at or below which an item is "eerder niet", and at or above which "eerder wel". */
    outcomeLower: real("outcome_lower").notNull().default(0.35),
    outcomeUpper: real("outcome_upper").notNull().default(0.65),
    /** Days after a live session ends before its raw data is purged; null keeps it. */
    sessionRetentionDays: integer("session_retention_days"),
    /** The municipality's theme (logo and design tokens); null is the default theme. */
    theme: jsonb("theme").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("workspaces_slug_key").on(t.slug)],
);

export const stakeholderGroups = pgTable(
  "stakeholder_groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** A built-in key (translated in the catalogue) or null for a group the workspace named. */
    key: text("key"),
    name: text("name"),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    uniqueIndex("stakeholder_groups_key").on(t.workspaceId, t.key),
    check("stakeholder_groups_named", sql`${t.key} is not null or ${t.name} is not null`),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["owner", "editor", "member", "viewer"] }).notNull(),
    stakeholderGroupId: uuid("stakeholder_group_id").references(() => stakeholderGroups.id, {
      onDelete: "set null",
    }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.userId] }),
    index("memberships_user_idx").on(t.userId),
  ],
);

export const invites = pgTable(
  "invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    role: text("role", { enum: ["editor", "member", "viewer"] }).notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("invites_token_key").on(t.tokenHash),
    index("invites_workspace_idx").on(t.workspaceId),
  ],
);

export const areas = pgTable(
  "areas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind", { enum: ["wijk", "buurt", "dorp"] }).notNull(),
    cbsCode: text("cbs_code"),
    parentId: uuid("parent_id").references((): AnyPgColumn => areas.id, {
      onDelete: "set null",
    }),
    createdAt: createdAt(),
  },
  (t) => [index("areas_workspace_idx").on(t.workspaceId)],
);

export const items = pgTable(
  "items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    kind: text("kind", {
      enum: ["activity", "organisation", "place", "role", "network"],
    }).notNull(),
    sphere: text("sphere", { enum: ["personal", "communal", "institutional"] }),
    themes: text("themes").array().notNull().default(sql`'{}'::text[]`),
    carriedBy: text("carried_by", { enum: ["volunteers", "professionals", "mixed"] }).notNull(),
    funding: text("funding").notNull().default(""),
    reach: text("reach").notNull().default(""),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    /** The name lower-cased without accents, for part-of-word search in Dutch compounds. */
    nameFolded: text("name_folded").generatedAlwaysAs(sql`sb_fold("name")`),
    /** Dutch full-text search with accent folding (configuration sb_dutch, see migration 0001). */
    search: tsvector("search").generatedAlwaysAs(
      sql`setweight(to_tsvector('sb_dutch'::regconfig, "name"), 'A') || setweight(to_tsvector('sb_dutch'::regconfig, "description"), 'B') || setweight(to_tsvector('sb_dutch'::regconfig, "funding" || ' ' || "reach"), 'C')`,
    ),
  },
  (t) => [
    index("items_workspace_name_idx").on(t.workspaceId, t.name, t.id),
    // Counting a workspace's current items by index alone, without reading the table.
    index("items_active_idx").on(t.workspaceId, t.sphere).where(sql`${t.archivedAt} is null`),
    index("items_workspace_sphere_idx").on(t.workspaceId, t.sphere),
    // Filters on kind or carrier: found, counted and sorted from the index alone (it holds the
    // id and every sort key), without reading the table once the table is vacuumed.
    index("items_active_kind_idx")
      .on(t.workspaceId, t.kind, t.name, t.id, t.sphere, t.carriedBy, t.updatedAt)
      .where(sql`${t.archivedAt} is null`),
    index("items_active_carrier_idx")
      .on(t.workspaceId, t.carriedBy, t.name, t.id, t.sphere, t.kind, t.updatedAt)
      .where(sql`${t.archivedAt} is null`),
    index("items_search_idx").using("gin", t.search),
    index("items_themes_idx").using("gin", t.themes),
    index("items_name_trgm_idx").using("gin", t.nameFolded.op("gin_trgm_ops")),
  ],
);

/**
 * A counter per workspace that every write to its items, their areas or its areas raises, in
 * the same transaction (statement triggers, migration 0004). The inventory list caches results
 * per workspace under this version, so any committed write makes older cached results unusable,
 * whichever code path (or process) wrote.
 */
export const itemDataVersions = pgTable("item_data_versions", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});

/** Who changed what on an item, and when: the history shown on the item. */
export const itemChanges = pgTable(
  "item_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => items.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    by: uuid("by").references(() => users.id, { onDelete: "set null" }),
    action: text("action", {
      enum: ["created", "updated", "archived", "restored", "moved", "imported"],
    }).notNull(),
    changes: jsonb("changes").$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
  },
  (t) => [index("item_changes_item_idx").on(t.itemId, t.at)],
);

export const itemAreas = pgTable(
  "item_areas",
  {
    itemId: uuid("item_id")
      .notNull()
      .references(() => items.id, { onDelete: "cascade" }),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.areaId] }), index("item_areas_area_idx").on(t.areaId)],
);

/** A workspace's criteria. Null label/explanation means "the default text from the catalogue". */
export const criteria = pgTable(
  "criteria",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    set: text("set", { enum: ["contributes", "characteristic"] }).notNull(),
    label: text("label"),
    explanation: text("explanation"),
    weight: integer("weight").notNull().default(1),
    enabled: boolean("enabled").notNull().default(true),
    position: integer("position").notNull(),
    version: integer("version").notNull().default(1),
    /** The version new scores are given under (set right after the first version is made). */
    currentVersionId: uuid("current_version_id"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("criteria_workspace_key").on(t.workspaceId, t.key)],
);

/**
 * The wording of a criterion at one time. Rewording creates a new version; a score's answers
 * point at the version they were given under. Null label/explanation: the catalogue's default.
 */
export const criterionVersions = pgTable(
  "criterion_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    criterionId: uuid("criterion_id")
      .notNull()
      .references(() => criteria.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    label: text("label"),
    explanation: text("explanation"),
    createdAt: createdAt(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("criterion_versions_key").on(t.criterionId, t.version)],
);

/** One person's latest judgement of one item. */
export const scores = pgTable(
  "scores",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => items.id, { onDelete: "cascade" }),
    /** A member who scored; null for a session participant or a deleted account (anonymised). */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** An anonymous participant of a live session who scored; null for a member. */
    participantId: uuid("participant_id").references((): AnyPgColumn => liveParticipants.id, {
      onDelete: "cascade",
    }),
    /** The live session the score was given in, if any. */
    sessionId: uuid("session_id").references((): AnyPgColumn => liveSessions.id, {
      onDelete: "cascade",
    }),
    /** The scorer's stakeholder group when they scored. */
    stakeholderGroupId: uuid("stakeholder_group_id").references(() => stakeholderGroups.id, {
      onDelete: "set null",
    }),
    overall: text("overall", { enum: ["rather_not", "doubt", "rather_yes"] }),
    sphere: text("sphere", { enum: ["personal", "communal", "institutional"] }),
    comment: text("comment").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("scores_item_user_key").on(t.itemId, t.userId),
    uniqueIndex("scores_item_participant_key").on(t.itemId, t.participantId),
    index("scores_workspace_idx").on(t.workspaceId),
    index("scores_session_idx").on(t.sessionId),
    // Neither: the score of a deleted account, kept anonymised.
    check("scores_one_scorer", sql`num_nonnulls(${t.userId}, ${t.participantId}) <= 1`),
  ],
);

/**
 * A counter per workspace that every write to its scores raises, in the same transaction
 * (statement triggers, migration 0005). The delimitation keeps each workspace's aggregated scores
 * in memory under this version, so a committed score is never missed, whoever wrote it.
 */
export const scoreVersions = pgTable("score_versions", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});

export const scoreAnswers = pgTable(
  "score_answers",
  {
    scoreId: uuid("score_id")
      .notNull()
      .references(() => scores.id, { onDelete: "cascade" }),
    criterionVersionId: uuid("criterion_version_id")
      .notNull()
      .references(() => criterionVersions.id, { onDelete: "cascade" }),
    answer: text("answer", { enum: ["no", "partly", "yes", "unknown"] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scoreId, t.criterionVersionId] })],
);

/** The group's decision on an item; every row is kept, the newest counts. */
export const decisions = pgTable(
  "decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => items.id, { onDelete: "cascade" }),
    decision: text("decision", { enum: ["in", "edge", "out"] }).notNull(),
    reason: text("reason").notNull().default(""),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("decisions_item_idx").on(t.itemId, t.decidedAt)],
);

/**
 * What policy expects of the social base: the nine national sources (one row per workspace per
 * source, `nationalKey` set, texts from the library in src/domain/expectations) and the
 * workspace's own (`nationalKey` null, texts here). The links and the reading of the forces are
 * the workspace's, for both.
 */
export const expectations = pgTable(
  "expectations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    nationalKey: text("national_key"),
    title: text("title").notNull().default(""),
    source: text("source").notNull().default(""),
    page: text("page").notNull().default(""),
    expects: text("expects").notNull().default(""),
    purpose: text("purpose").notNull().default(""),
    themes: text("themes").array().notNull().default(sql`'{}'::text[]`),
    forces: text("forces").array().notNull().default(sql`'{}'::text[]`),
    relievesFormalCare: boolean("relieves_formal_care").notNull().default(false),
    spheres: text("spheres").array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("expectations_national_key").on(t.workspaceId, t.nationalKey)],
);

/** The items an expectation leans on. */
export const expectationItems = pgTable(
  "expectation_items",
  {
    expectationId: uuid("expectation_id")
      .notNull()
      .references(() => expectations.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => items.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.expectationId, t.itemId] }),
    index("expectation_items_item_idx").on(t.itemId),
  ],
);

/** One member's latest judgement of how realistic an expectation is. */
export const realismRatings = pgTable(
  "realism_ratings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    expectationId: uuid("expectation_id")
      .notNull()
      .references(() => expectations.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    participantId: uuid("participant_id").references((): AnyPgColumn => liveParticipants.id, {
      onDelete: "cascade",
    }),
    sessionId: uuid("session_id").references((): AnyPgColumn => liveSessions.id, {
      onDelete: "cascade",
    }),
    stakeholderGroupId: uuid("stakeholder_group_id").references(() => stakeholderGroups.id, {
      onDelete: "set null",
    }),
    rating: text("rating", { enum: ["realistic", "partly", "unrealistic", "unknown"] }).notNull(),
    needed: text("needed").notNull().default(""),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("realism_ratings_key").on(t.expectationId, t.userId),
    uniqueIndex("realism_ratings_participant_key").on(t.expectationId, t.participantId),
    index("realism_ratings_workspace_idx").on(t.workspaceId),
    check("realism_ratings_one_rater", sql`num_nonnulls(${t.userId}, ${t.participantId}) <= 1`),
  ],
);

/** A live, facilitated meeting (or a slow round open for days); see docs/live-protocol.md. */
export const liveSessions = pgTable(
  "live_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** The meeting's date, yyyy-mm-dd. */
    date: text("date").notNull(),
    /** The join code, normalised (see domain/live/join-code.ts). */
    code: text("code").notNull(),
    status: text("status", { enum: ["planned", "running", "ended"] })
      .notNull()
      .default("planned"),
    currentStepId: uuid("current_step_id"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    /** When the raw data (tokens, nicknames, receipts, open answers) was purged. */
    purgedAt: timestamp("purged_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("live_sessions_code_key").on(t.code),
    index("live_sessions_workspace_idx").on(t.workspaceId),
  ],
);

export const liveSteps = pgTable(
  "live_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => liveSessions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", {
      enum: [
        "score_items",
        "quick_vote",
        "sphere_placement",
        "expectation_realism",
        "open_question",
        "discuss",
      ],
    }).notNull(),
    title: text("title").notNull(),
    notes: text("notes").notNull().default(""),
    minutes: integer("minutes").notNull().default(10),
    question: text("question").notNull().default(""),
    itemIds: jsonb("item_ids").$type<string[]>().notNull().default([]),
    expectationIds: jsonb("expectation_ids").$type<string[]>().notNull().default([]),
    state: text("state", { enum: ["pending", "open", "closed", "revealed"] })
      .notNull()
      .default("pending"),
  },
  (t) => [index("live_steps_session_idx").on(t.sessionId, t.position)],
);

/** Anonymous: a stakeholder group and an optional nickname the participant typed, nothing else. */
export const liveParticipants = pgTable(
  "live_participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => liveSessions.id, { onDelete: "cascade" }),
    /** Null once the session's raw data is purged: the participant can no longer come back. */
    tokenHash: text("token_hash"),
    stakeholderGroupId: uuid("stakeholder_group_id").references(() => stakeholderGroups.id, {
      onDelete: "set null",
    }),
    nickname: text("nickname").notNull().default(""),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("live_participants_token_key").on(t.tokenHash),
    index("live_participants_session_idx").on(t.sessionId),
  ],
);

/**
 * One row per vote the server committed, by the id the client gave it: written in the same
 * transaction as the vote, so a vote sent again (after a lost acknowledgement) is recognised.
 */
export const liveVoteReceipts = pgTable(
  "live_vote_receipts",
  {
    participantId: uuid("participant_id")
      .notNull()
      .references(() => liveParticipants.id, { onDelete: "cascade" }),
    clientId: text("client_id").notNull(),
    stepId: uuid("step_id")
      .notNull()
      .references(() => liveSteps.id, { onDelete: "cascade" }),
    /** The item, expectation or (open question) step the vote was about. */
    target: uuid("target").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.participantId, t.clientId] }),
    index("live_vote_receipts_step_idx").on(t.stepId),
  ],
);

export const liveOpenAnswers = pgTable(
  "live_open_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => liveSessions.id, { onDelete: "cascade" }),
    stepId: uuid("step_id")
      .notNull()
      .references(() => liveSteps.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => liveParticipants.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    status: text("status", { enum: ["pending", "approved", "hidden"] })
      .notNull()
      .default("pending"),
    createdAt: createdAt(),
  },
  (t) => [index("live_open_answers_step_idx").on(t.stepId)],
);

/** The municipality's chosen roles in one sphere; no row means the defaults still apply. */
export const sphereRoles = pgTable(
  "sphere_roles",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    sphere: text("sphere", { enum: ["personal", "communal", "institutional"] }).notNull(),
    roles: text("roles").array().notNull().default(sql`'{}'::text[]`),
    explanation: text("explanation").notNull().default(""),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.sphere] })],
);

export const actions = pgTable(
  "actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    spheres: text("spheres").array().notNull().default(sql`'{}'::text[]`),
    owner: text("owner").notNull().default(""),
    /** Whole euros. */
    budget: integer("budget"),
    /** yyyy-mm. */
    fromMonth: text("from_month"),
    untilMonth: text("until_month"),
    status: text("status", { enum: ["idea", "planned", "running", "done", "stopped"] })
      .notNull()
      .default("idea"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("actions_workspace_idx").on(t.workspaceId)],
);

export const actionItems = pgTable(
  "action_items",
  {
    actionId: uuid("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => items.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.itemId] })],
);

export const actionExpectations = pgTable(
  "action_expectations",
  {
    actionId: uuid("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    expectationId: uuid("expectation_id")
      .notNull()
      .references(() => expectations.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.expectationId] })],
);

export const indicators = pgTable(
  "indicators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    unit: text("unit").notNull().default(""),
    direction: text("direction", { enum: ["higher_is_better", "lower_is_better"] })
      .notNull()
      .default("higher_is_better"),
    source: text("source").notNull().default(""),
    libraryKey: text("library_key"),
    createdAt: createdAt(),
  },
  (t) => [index("indicators_workspace_idx").on(t.workspaceId)],
);

export const actionIndicators = pgTable(
  "action_indicators",
  {
    actionId: uuid("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.indicatorId] })],
);

export const measurements = pgTable(
  "measurements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    date: text("date").notNull(),
    value: doublePrecision("value").notNull(),
    note: text("note").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("measurements_indicator_idx").on(t.indicatorId, t.date)],
);

/** The delimitation, expectations, roles, plan and indicators frozen at a moment, with a label. */
export const snapshots = pgTable(
  "snapshots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull().defaultNow(),
    takenBy: uuid("taken_by").references(() => users.id, { onDelete: "set null" }),
    content: jsonb("content").notNull(),
  },
  (t) => [index("snapshots_workspace_idx").on(t.workspaceId, t.takenAt)],
);

/**
 * Who changed what, in which workspace, and when: one row per mutating request that reached a
 * route. Owners read it on the Logboek page. No request bodies: they may hold personal data.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Null for an action outside a workspace (log in, account). */
    workspaceId: uuid("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    /** Null for an anonymous caller or a deleted account. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    method: text("method").notNull(),
    /** The route's pattern, e.g. /api/v1/workspaces/:slug/items/:itemId. */
    route: text("route").notNull(),
    /** The id in the path the action was about, if any. */
    targetId: text("target_id"),
    status: integer("status").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_events_workspace_idx").on(t.workspaceId, t.createdAt),
    index("audit_events_user_idx").on(t.userId),
  ],
);
