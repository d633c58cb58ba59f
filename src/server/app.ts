import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance, LogController, type RouteOptions } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { Env } from "./config/env.ts";
import { errors } from "./errors.ts";
import {
  apiBasePath,
  openApiPaths,
  registerApiConventions,
  setApiHeaders,
} from "./http/api-conventions.ts";
import { auditPlugin } from "./http/audit.ts";
import { registerCrossSiteGuard, registerNulGuard } from "./http/cross-site.ts";
import { authorisationPlugin, policies } from "./http/policy.ts";
import { registerProblemHandlers, sendProblem } from "./http/problems.ts";
import { webAppRoutes } from "./http/web-app.ts";
import { liveGateway, registerWebSockets } from "./live/gateway.ts";
import { auditRoutes } from "./routes/audit/audit.routes.ts";
import { authRoutes } from "./routes/auth/auth.routes.ts";
import { delimitationRoutes } from "./routes/delimitation/delimitation.routes.ts";
import type { RouteDeps } from "./routes/deps.ts";
import { expectationsRoutes } from "./routes/expectations/expectations.routes.ts";
import { healthRoutes } from "./routes/health/health.routes.ts";
import { importsRoutes } from "./routes/imports/imports.routes.ts";
import { invitesRoutes } from "./routes/invites/invites.routes.ts";
import { itemsRoutes } from "./routes/items/items.routes.ts";
import { liveRoutes } from "./routes/live/live.routes.ts";
import { organisationRoutes } from "./routes/organisation/organisation.routes.ts";
import { privacyRoutes } from "./routes/privacy/privacy.routes.ts";
import { reportsRoutes } from "./routes/reports/reports.routes.ts";
import { strengtheningRoutes } from "./routes/strengthening/strengthening.routes.ts";
import { themeRoutes } from "./routes/theme/theme.routes.ts";
import { workspacesRoutes } from "./routes/workspaces/workspaces.routes.ts";
import { appVersion, type Services } from "./services.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** Every registered route, for the route-policy test and the docs. */
    registeredRoutes: RouteOptions[];
  }
}

export interface AppOptions {
  env: Env;
  services: Services;
  /** Where the built web app is; tests leave it out. */
  webRoot?: string;
  logger?: boolean;
}

/** No inline or eval scripts, no plug-ins, no framing; everything from our own origin. */
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", "data:"],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

export async function buildApp({ env, services, webRoot, logger = true }: AppOptions) {
  const app: FastifyInstance = Fastify({
    logger: logger ? { level: env.logLevel } : false,
    trustProxy: env.trustProxy,
    bodyLimit: 1024 * 1024,
    // Errors Fastify raises before routing (a malformed URL) get the same problem+json.
    // Fastify answers these before any hook runs, so helmet's headers are set here.
    frameworkErrors: (_error, request, reply) => {
      setApiHeaders(request, reply, appVersion);
      fastifyHelmet.contentSecurityPolicy(contentSecurityPolicy)(request.raw, reply.raw, () => {});
      reply.header("x-content-type-options", "nosniff").header("referrer-policy", "no-referrer");
      return sendProblem(request, reply, errors.malformedRequest());
    },
    routerOptions: { maxParamLength: 200 },
    // Per-request lines only when debugging; they drown the start-up message otherwise.
    logController: new LogController({
      disableRequestLogging: env.logLevel !== "debug" && env.logLevel !== "trace",
    }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const registeredRoutes: RouteOptions[] = [];
  app.decorate("registeredRoutes", registeredRoutes);
  app.addHook("onRoute", (route) => {
    registeredRoutes.push(route);
  });

  registerProblemHandlers(app);
  await registerWebSockets(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy,
    strictTransportSecurity: env.publicUrl?.startsWith("https:") ? undefined : false,
    crossOriginEmbedderPolicy: false,
  });
  // After helmet (its headers are set in onRequest too), before the guards that refuse.
  registerApiConventions(app, appVersion);
  registerCrossSiteGuard(app);
  registerNulGuard(app);
  await app.register(authorisationPlugin, services);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Sociale basis API",
        version: appVersion,
        description: "API van de applicatie Sociale basis. Fouten volgen RFC 9457 (problem+json).",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "sb_session" } },
      },
    },
    transform: jsonSchemaTransform,
    // The schemas with an id (Problem) in components.schemas, where their $refs point.
    transformObject: jsonSchemaTransformObject,
  });

  const deps: RouteDeps = { services, env };
  await app.register(healthRoutes, deps);
  await app.register(
    async (api) => {
      await api.register(auditPlugin, services);
      await api.register(authRoutes, deps);
      await api.register(workspacesRoutes, deps);
      await api.register(invitesRoutes, deps);
      await api.register(itemsRoutes, deps);
      await api.register(importsRoutes, deps);
      await api.register(delimitationRoutes, deps);
      await api.register(expectationsRoutes, deps);
      await api.register(liveRoutes, deps);
      await api.register(strengtheningRoutes, deps);
      await api.register(reportsRoutes, deps);
      await api.register(auditRoutes, deps);
      await api.register(privacyRoutes, deps);
      await api.register(themeRoutes, deps);
      await api.register(organisationRoutes, deps);
      await api.register(liveGateway, deps);
    },
    { prefix: apiBasePath },
  );
  for (const url of openApiPaths) {
    app.get(
      url,
      { config: { policy: policies.public }, schema: { hide: true } },
      // Any site may read the document (/core/publish-openapi); it holds no data.
      async (_request, reply) =>
        reply.header("access-control-allow-origin", "*").send(app.swagger()),
    );
  }
  await app.register(webAppRoutes, { root: webRoot });
  return app;
}
