import { randomBytes } from "node:crypto";
import { eq, like } from "drizzle-orm";
import { nationalExpectations } from "../../../domain/expectations/index.ts";
import type { Database } from "../../db/client.ts";
import {
  areas,
  criteria,
  decisions,
  expectationItems,
  expectations,
  itemAreas,
  items,
  realismRatings,
  scoreAnswers,
  scores,
  users,
} from "../../db/schema.ts";
import type { AuthService } from "../auth/auth.service.ts";
import type { WorkspacesRepository } from "../workspaces/workspaces.repository.ts";
import { type DemoStakeholder, demoAreas, demoItems, demoStakeholders } from "./demo-data.ts";
import {
  demoDecisions,
  demoLocalExpectation,
  demoNationalLinks,
  demoNeeded,
  demoRealism,
} from "./demo-expectations.ts";
import { demoScore } from "./demo-scores.ts";

export const demoWorkspace = { slug: "voorbeeldgemeente", name: "Voorbeeldgemeente" } as const;
export const demoLogin = { email: "demo@example.org", password: "sociale-basis-demo" } as const;
const stakeholderDomain = "@demo.sociale-basis.invalid";

export function createDemoService(
  db: Database,
  auth: AuthService,
  workspaces: WorkspacesRepository,
) {
  async function create(): Promise<void> {
    const owner = await auth.upsertUser({ ...demoLogin, displayName: "Demo-gebruiker" });
    const workspace = await workspaces.create(demoWorkspace, owner.id);
    if (!workspace) throw new Error("demo workspace exists already");

    const scorers: { userId: string; groupId: string | null; group: DemoStakeholder["group"] }[] =
      [];
    for (const stakeholder of demoStakeholders) {
      // Fictive stakeholders never log in: their password is random and thrown away.
      const user = await auth.upsertUser({
        email: stakeholder.email,
        displayName: stakeholder.displayName,
        password: randomBytes(24).toString("base64url"),
      });
      const groupId = await workspaces.stakeholderGroupId(workspace.id, stakeholder.group);
      await workspaces.addMember(workspace.id, user.id, "member", groupId);
      scorers.push({ userId: user.id, groupId, group: stakeholder.group });
    }
    const criteriaVersions = await db
      .select({ key: criteria.key, versionId: criteria.currentVersionId })
      .from(criteria)
      .where(eq(criteria.workspaceId, workspace.id));
    const current = criteriaVersions.map((c) => ({ key: c.key, versionId: c.versionId! }));

    await db.transaction(async (tx) => {
      const areaIds = new Map<string, string>();
      const itemIds = new Map<string, string>();
      for (const area of demoAreas) {
        const [row] = await tx
          .insert(areas)
          .values({
            workspaceId: workspace.id,
            name: area.name,
            kind: area.kind,
            cbsCode: area.cbsCode,
            parentId: area.parentKey ? areaIds.get(area.parentKey) : null,
          })
          .returning({ id: areas.id });
        areaIds.set(area.key, row!.id);
      }
      for (const [itemIndex, demoItem] of demoItems.entries()) {
        const { areaKeys, ...item } = demoItem;
        const [row] = await tx
          .insert(items)
          .values({ ...item, workspaceId: workspace.id, createdBy: owner.id, updatedBy: owner.id })
          .returning({ id: items.id });
        itemIds.set(item.name, row!.id);
        await tx
          .insert(itemAreas)
          .values(areaKeys.map((key) => ({ itemId: row!.id, areaId: areaIds.get(key)! })));
        for (const [scorerIndex, scorer] of scorers.entries()) {
          const score = demoScore(demoItem, itemIndex, scorer.group, scorerIndex, current);
          const [scoreRow] = await tx
            .insert(scores)
            .values({
              workspaceId: workspace.id,
              itemId: row!.id,
              userId: scorer.userId,
              stakeholderGroupId: scorer.groupId,
              overall: score.overall,
              sphere: score.sphere,
            })
            .returning({ id: scores.id });
          await tx.insert(scoreAnswers).values(
            Object.entries(score.answers).map(([criterionVersionId, answer]) => ({
              scoreId: scoreRow!.id,
              criterionVersionId,
              answer,
            })),
          );
        }
      }

      const idOf = (name: string) => {
        const id = itemIds.get(name);
        if (!id) throw new Error(`demo item "${name}" does not exist`);
        return id;
      };
      await tx.insert(decisions).values(
        demoDecisions.map((d) => ({
          workspaceId: workspace.id,
          itemId: idOf(d.item),
          decision: d.decision,
          reason: d.reason,
          decidedBy: owner.id,
        })),
      );
      const national = await tx
        .insert(expectations)
        .values(
          nationalExpectations.map((n) => ({
            workspaceId: workspace.id,
            nationalKey: n.key,
            themes: [...n.themes],
            forces: [...n.forces],
            relievesFormalCare: n.relievesFormalCare,
            spheres: [...n.spheres],
          })),
        )
        .returning({ id: expectations.id, key: expectations.nationalKey });
      const { items: localItems, ...local } = demoLocalExpectation;
      const [localRow] = await tx
        .insert(expectations)
        .values({
          workspaceId: workspace.id,
          ...local,
          themes: [...local.themes],
          spheres: [...local.spheres],
          createdBy: owner.id,
        })
        .returning({ id: expectations.id });
      const links = [
        ...national.flatMap((row) =>
          demoNationalLinks[row.key as keyof typeof demoNationalLinks].map((name) => ({
            expectationId: row.id,
            itemId: idOf(name),
          })),
        ),
        ...localItems.map((name) => ({ expectationId: localRow!.id, itemId: idOf(name) })),
      ];
      await tx.insert(expectationItems).values(links);
      const rated = [
        ...national.map((row) => ({ id: row.id, key: row.key as keyof typeof demoRealism })),
        { id: localRow!.id, key: "local" as const },
      ];
      await tx.insert(realismRatings).values(
        rated.flatMap(({ id, key }) =>
          scorers.map((scorer) => ({
            workspaceId: workspace.id,
            expectationId: id,
            userId: scorer.userId,
            stakeholderGroupId: scorer.groupId,
            rating: demoRealism[key]?.[scorer.group] ?? ("partly" as const),
            needed: key === "iza" || key === "local" ? (demoNeeded[scorer.group] ?? "") : "",
          })),
        ),
      );
    });
  }

  return {
    /** Creates the demo on first start; leaves an existing demo alone. True when created. */
    async ensure(): Promise<boolean> {
      if (await workspaces.findBySlug(demoWorkspace.slug)) return false;
      await create();
      return true;
    },

    /** Deletes the demo workspace and its fictive stakeholders, then builds it afresh. */
    async reset(): Promise<void> {
      const existing = await workspaces.findBySlug(demoWorkspace.slug);
      if (existing) await workspaces.deleteWorkspace(existing.id);
      await db.delete(users).where(like(users.email, `%${stakeholderDomain}`));
      await create();
    },
  };
}
export type DemoService = ReturnType<typeof createDemoService>;
