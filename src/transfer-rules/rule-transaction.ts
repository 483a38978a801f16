import type { Alarm } from "../alarms/alarm.ts";
import type { Credential } from "../auth/credential.ts";
import type { Executor } from "../db/prepared.ts";
import { lockAlarmRevision } from "./transfer-rule.repository.ts";
import { SYSTEM_PRINCIPAL } from "./transfer-rule.ts";

/** Thrown inside a transaction when the alarm or its group changed after evaluation: roll back, look again. */
export class Reevaluate extends Error {}

/** Fails the transaction unless the alarm is still at the revision that was evaluated; locks it. */
export async function expectRevision(trx: Executor, alarm: Alarm): Promise<void> {
  if ((await lockAlarmRevision(trx, alarm.rowId)) !== alarm.revision) throw new Reevaluate();
}

/** The credential the processor acts with (its id names the rule in the creation entry's details). */
export function systemCaller(projectId: string, ruleId: string): Credential {
  return {
    kind: "token",
    id: `transfer-rule:${ruleId}`,
    projectId,
    role: "writer",
    principal: SYSTEM_PRINCIPAL,
    actAsOthers: false,
  };
}
