import { demoLogin, demoWorkspace } from "../../server/modules/demo/demo.service.ts";
import { say } from "../output.ts";
import { withServices } from "../run-command.ts";

export async function demoCommand() {
  await withServices(async (services) => {
    await services.demo.reset();
    say(`Demowerkruimte ${demoWorkspace.name} (${demoWorkspace.slug}) is opnieuw aangemaakt.`);
    say(`Demo-login: ${demoLogin.email} / ${demoLogin.password}`);
  });
}
