import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { FastifyBaseLogger } from "fastify";
import { releaseAllClaims } from "../alarms/alarm-rules.repository.ts";
import { onAlarmsChanged } from "../alarms/alarm-signal.ts";
import { type BackgroundLoop, startBackgroundLoop } from "../background-loop.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { Deps } from "../deps.ts";
import { processPendingAlarmsOnce, RULES_BATCH } from "./rule-processor.ts";

/** How often a node looks for pending alarms without being woken (leftovers, other nodes' expired claims). */
export const RULES_POLL_MS = 1000;

export type RuleWorker = BackgroundLoop;

export interface RuleWorkerOptions {
  log: Pick<FastifyBaseLogger, "error" | "warn" | "info">;
  owner?: string;
  pollMs?: number;
}

/**
 * The per-node transfer-rules loop: a pass at start (alarms left pending by a crash), after every intake
 * commit in this process, and every `pollMs`. Nodes claim alarms with leases, so several nodes on one
 * PostgreSQL never process one alarm at the same time.
 */
export function startRuleWorker(deps: Deps, options: RuleWorkerOptions): RuleWorker {
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const { log } = options;
  let stopped = false;

  // PostgreSQL nodes share the alarms, so a dead node's claims run out their lease; a SQLite file has one
  // process, so claims found at start are a crashed predecessor's and are freed at once.
  const released = sqlCapabilitiesOf(deps.db).sharedByNodes
    ? Promise.resolve()
    : releaseAllClaims(deps.db).then((count) => {
        if (count > 0) log.info({ count }, "freed transfer-rule claims left by a previous process");
      });
  const pass = async () => {
    await released;
    let claimed: number;
    do {
      claimed = await processPendingAlarmsOnce(deps, owner, {
        onError: (err, alarm) =>
          log.error(
            { err, alarm_id: alarm.alarmId, project_id: alarm.projectId },
            "transfer rules failed; retried when the claim expires",
          ),
        onNotice: (message, details) => log.warn(details, message),
      });
    } while (claimed === RULES_BATCH && !stopped);
  };

  const loop = startBackgroundLoop({
    name: "transfer-rules",
    pollMs: options.pollMs ?? RULES_POLL_MS,
    log,
    pass,
  });
  const unsubscribe = onAlarmsChanged(deps.db, loop.wake);
  log.info({ owner }, "transfer-rules processor started");
  return {
    wake: loop.wake,
    async stop() {
      stopped = true;
      unsubscribe();
      await loop.stop();
    },
  };
}
