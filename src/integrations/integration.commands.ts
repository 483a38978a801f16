import { resolveProject, UsageError, withDeps } from "../cli/context.ts";
import type { Config } from "../config.ts";
import {
  createIntegration,
  listProjectIntegrations,
  removeIntegration,
  setIntegrationState,
} from "./integration.service.ts";
import { bearerEventPathFor, eventPathFor, INTEGRATION_KINDS, isIntegrationKind } from "./integration.ts";

type Flags = Record<string, string | undefined>;
type Print = (line: string) => void;
type Command = (config: Config, args: string[], flags: Flags, print: Print) => Promise<void>;

const date = (ms: number) => new Date(ms).toISOString();

function change(verb: "disable" | "enable" | "delete"): Command {
  return (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const id = args[0];
      if (!id) throw new UsageError("missing integration id");
      const projectId = await resolveProject(deps, flags.project);
      if (verb === "delete") await removeIntegration(deps, projectId, id);
      else await setIntegrationState(deps, projectId, id, verb === "enable");
      print(`${verb}d integration ${id}`);
    });
}

/** `incidentd integration …` (registered in src/cli/commands.ts). */
export const INTEGRATION_COMMANDS: Record<string, Command> = {
  "integration create": (config, _args, flags, print) =>
    withDeps(config, async (deps) => {
      const kind = flags.kind ?? "";
      if (!isIntegrationKind(kind))
        throw new UsageError(`--kind must be one of ${INTEGRATION_KINDS.join(", ")}`);
      const projectId = await resolveProject(deps, flags.project);
      const { integration, key } = await createIntegration(deps, projectId, {
        kind,
        name: flags.name ?? kind,
      });
      print(`created ${kind} integration ${integration.id} ("${integration.name}") in project ${projectId}`);
      print("the key is shown only now; the alarm source posts to (recommended: the key as a header):");
      print(
        `POST ${bearerEventPathFor(kind, config.pathPrefix)} with the header Authorization: Bearer <key>`,
      );
      print("or, COC's form, with the key in the URL (proxies and senders may log it):");
      print(`POST ${eventPathFor(kind, key, config.pathPrefix)}`);
      print(`key ${key}`);
    }),
  "integration list": (config, _args, flags, print) =>
    withDeps(config, async (deps) => {
      for (const i of await listProjectIntegrations(deps, await resolveProject(deps, flags.project))) {
        const state = i.enabled ? "enabled" : "disabled";
        print(`${i.id}\t${i.kind}\t${i.name}\t${state}\tkey …${i.keyHint}\tcreated ${date(i.createdAt)}`);
      }
    }),
  "integration disable": change("disable"),
  "integration enable": change("enable"),
  "integration delete": change("delete"),
};
