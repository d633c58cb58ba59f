import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance, LogController, type RouteOptions } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { Env } from "./config/env.ts";
import { errors } from "./errors.ts";
import { registerCrossSiteGuard, registerNulGuard } from "./http/cross-site.ts";
import { authorisationPlugin, policies } from "./http/policy.ts";
import { registerProblemHandlers, sendProblem } from "./http/problems.ts";
import { webAppRoutes } from "./http/web-app.ts";
import { liveGateway, registerWebSockets } from "./live/gateway.ts";
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

export async function buildApp({ env, services, webRoot, logger = true }: AppOptions) {
  const app: FastifyInstance = Fastify({
    logger: logger ? { level: env.logLevel } : false,
    trustProxy: env.trustProxy,
    bodyLimit: 1024 * 1024,
    // Errors Fastify raises before routing (a malformed URL) get the same problem+json.
    frameworkErrors: (_error, request, reply) =>
      sendProblem(request, reply, errors.malformedRequest()),
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
    contentSecurityPolicy: {
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
    },
    strictTransportSecurity: env.publicUrl?.startsWith("https:") ? undefined : false,
    crossOriginEmbedderPolicy: false,
  });
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
  });

  const deps: RouteDeps = { services, env };
  await app.register(healthRoutes, deps);
  await app.register(
    async (api) => {
      api.addHook("onSend", async (_request, reply) => {
        reply.header("api-version", appVersion);
      });
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
      await api.register(themeRoutes, deps);
      await api.register(organisationRoutes, deps);
      await api.register(liveGateway, deps);
    },
    { prefix: "/api/v1" },
  );
  app.get(
    "/api/openapi.json",
    { config: { policy: policies.public }, schema: { hide: true } },
    async () => app.swagger(),
  );
  await app.register(webAppRoutes, { root: webRoot });
  return app;
}
