import type { Env } from "../config/env.ts";
import type { Services } from "../services.ts";

export interface RouteDeps {
  services: Services;
  env: Env;
}
