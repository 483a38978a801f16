import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { FastifyBaseLogger } from "fastify";
import { type BackgroundLoop, startBackgroundLoop } from "../background-loop.ts";
import type { Deps } from "../deps.ts";
import { ESCALATION_BATCH, processDueEscalations } from "./escalation.service.ts";

/** How often a node looks for due escalation steps. */
export const ESCALATION_POLL_MS = 5000;

/** The per-node escalation loop (timers live in the database: they survive restarts and fail over). */
export function startEscalationWorker(
  deps: Deps,
  options: { log: Pick<FastifyBaseLogger, "warn">; pollMs?: number },
): BackgroundLoop {
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  return startBackgroundLoop({
    name: "escalation",
    pollMs: options.pollMs ?? ESCALATION_POLL_MS,
    log: options.log,
    pass: async () => {
      while ((await processDueEscalations(deps, owner)) === ESCALATION_BATCH);
    },
  });
}
