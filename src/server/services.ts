import fs from "node:fs";
import path from "node:path";
import type { Env } from "./config/env.ts";
import { projectRoot } from "./config/paths.ts";
import type { DatabaseHandle } from "./db/client.ts";
import { LiveHub } from "./live/hub.ts";
import { VoteWriter } from "./live/vote-writer.ts";
import { createAuditRepository } from "./modules/audit/audit.repository.ts";
import { createAuditService } from "./modules/audit/audit.service.ts";
import { createAuthRepository } from "./modules/auth/auth.repository.ts";
import { createAuthService } from "./modules/auth/auth.service.ts";
import { LoginThrottle } from "./modules/auth/login-throttle.ts";
import { createBackupRepository } from "./modules/backup/backup.repository.ts";
import { createBackupService } from "./modules/backup/backup.service.ts";
import { createCriteriaService } from "./modules/delimitation/criteria.service.ts";
import { createDelimitationRepository } from "./modules/delimitation/delimitation.repository.ts";
import { createDelimitationService } from "./modules/delimitation/delimitation.service.ts";
import { ScoreBookCache } from "./modules/delimitation/score-book.cache.ts";
import { createScoresService } from "./modules/delimitation/scores.service.ts";
import { createDemoService } from "./modules/demo/demo.service.ts";
import { createExpectationsRepository } from "./modules/expectations/expectations.repository.ts";
import { createExpectationsService } from "./modules/expectations/expectations.service.ts";
import { createHealthService } from "./modules/health/health.service.ts";
import { createImportsService } from "./modules/imports/imports.service.ts";
import { createItemsRepository } from "./modules/items/items.repository.ts";
import { createItemsService } from "./modules/items/items.service.ts";
import { createLiveRepository } from "./modules/live/live.repository.ts";
import { createLiveService } from "./modules/live/live.service.ts";
import { createPrivacyRepository } from "./modules/privacy/privacy.repository.ts";
import { createPrivacyService } from "./modules/privacy/privacy.service.ts";
import { createStrengtheningRepository } from "./modules/strengthening/strengthening.repository.ts";
import { createStrengtheningService } from "./modules/strengthening/strengthening.service.ts";
import { createThemeService } from "./modules/theme/theme.service.ts";
import { createWorkspacesRepository } from "./modules/workspaces/workspaces.repository.ts";
import { createWorkspacesService } from "./modules/workspaces/workspaces.service.ts";
import { createReportModel } from "./reports/report-model.ts";
import { createReportsService } from "./reports/reports.service.ts";

export const appVersion: string = (
  JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { version: string }
).version;

/** Wires repositories and services; the server and the CLI both start here. */
export function createServices(
  database: DatabaseHandle,
  env: Pick<Env, "session" | "loginThrottle" | "itemsListCache" | "accountLogRetentionDays">,
) {
  const authRepository = createAuthRepository(database.db);
  const workspacesRepository = createWorkspacesRepository(database.db);
  const auth = createAuthService(authRepository, new LoginThrottle(env.loginThrottle), env.session);
  const workspaces = createWorkspacesService(workspacesRepository);
  const delimitationRepository = createDelimitationRepository(database.db);
  const scoreBooks = new ScoreBookCache({
    version: (workspaceId) => delimitationRepository.scoresVersion(workspaceId),
    scores: (workspaceId) => delimitationRepository.allScores(workspaceId),
  });
  const liveRepository = createLiveRepository(database.db);
  const expectationsRepository = createExpectationsRepository(database.db);
  const strengtheningRepository = createStrengtheningRepository(database.db);
  const delimitation = createDelimitationService(delimitationRepository, scoreBooks);
  const strengthening = createStrengtheningService(
    strengtheningRepository,
    delimitationRepository,
    expectationsRepository,
  );
  return {
    auth,
    audit: createAuditService(createAuditRepository(database.db)),
    workspaces,
    items: createItemsService(createItemsRepository(database.db), {
      listCache: env.itemsListCache,
    }),
    imports: createImportsService(database.db),
    criteria: createCriteriaService(delimitationRepository),
    scores: createScoresService(delimitationRepository, scoreBooks),
    delimitation,
    expectations: createExpectationsService(expectationsRepository),
    health: createHealthService(database.db, database.driver, appVersion),
    demo: createDemoService(database.db, auth, workspacesRepository),
    strengthening,
    theme: createThemeService(database.db),
    reports: createReportsService(
      createReportModel({
        db: database.db,
        delimitation,
        delimitationRepo: delimitationRepository,
        expectationsRepo: expectationsRepository,
        strengthening,
        strengtheningRepo: strengtheningRepository,
      }),
    ),
    backup: createBackupService(
      createBackupRepository(database.db),
      expectationsRepository,
      appVersion,
    ),
    live: createLiveService(liveRepository, delimitationRepository),
    privacy: createPrivacyService(createPrivacyRepository(database.db), auth, {
      accountLogRetentionDays: env.accountLogRetentionDays,
    }),
    liveHub: new LiveHub(
      liveRepository,
      delimitationRepository,
      new VoteWriter((votes) => liveRepository.writeVotes(votes)),
      (channel, onMessage, onReconnect) => database.listen(channel, onMessage, onReconnect),
    ),
  };
}
export type Services = ReturnType<typeof createServices>;
