import { resolveProject, UsageError, withDeps } from "../cli/context.ts";
import type { Config } from "../config.ts";
import { createWebhook, listProjectWebhooks, removeWebhook } from "./webhook.service.ts";
import {
  isWebhookEventType,
  isWebhookKind,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_KINDS,
  type WebhookEventType,
} from "./webhook.ts";

type Flags = Record<string, string | undefined>;
type Print = (line: string) => void;
type Command = (config: Config, args: string[], flags: Flags, print: Print) => Promise<void>;

function eventsOf(raw: string | undefined): WebhookEventType[] | undefined {
  if (raw === undefined) return undefined;
  const events = raw
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  const unknown = events.filter((e) => !isWebhookEventType(e));
  if (unknown.length > 0)
    throw new UsageError(`unknown event ${unknown.join(", ")}; one of ${WEBHOOK_EVENT_TYPES.join(", ")}`);
  return events as WebhookEventType[];
}

/** `incidentd webhook …` (registered in src/cli/commands.ts). */
export const WEBHOOK_COMMANDS: Record<string, Command> = {
  "webhook add": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const url = args[0];
      if (!url) throw new UsageError("missing URL");
      const kind = flags.kind ?? "standard";
      if (!isWebhookKind(kind)) throw new UsageError(`--kind must be one of ${WEBHOOK_KINDS.join(", ")}`);
      const projectId = await resolveProject(deps, flags.project);
      const { webhook, secret } = await createWebhook(deps, projectId, {
        url,
        kind,
        events: eventsOf(flags.events),
        description: flags.description,
      });
      print(`added webhook ${webhook.id} → ${webhook.url} in project ${projectId}`);
      if (kind === "standard") {
        print("the signing secret is shown only now (Standard Webhooks; docs/notifications.md):");
        print(secret);
      }
    }),
  "webhook list": (config, _args, flags, print) =>
    withDeps(config, async (deps) => {
      for (const w of await listProjectWebhooks(deps, await resolveProject(deps, flags.project))) {
        const state = w.enabled ? "enabled" : `disabled${w.disabledReason ? ` (${w.disabledReason})` : ""}`;
        print(`${w.id}\t${w.kind}\t${w.url}\t${w.events?.join(",") ?? "all events"}\t${state}`);
      }
    }),
  "webhook remove": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const id = args[0];
      if (!id) throw new UsageError("missing webhook id");
      await removeWebhook(deps, await resolveProject(deps, flags.project), id);
      print(`removed webhook ${id}`);
    }),
};
