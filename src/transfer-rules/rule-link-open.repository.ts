import { linkAlarm } from "../alarms/alarm.repository.ts";
import { settleAlarmRules } from "../alarms/alarm-rules.repository.ts";
import { type Executor, prepared } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import { type RuleLink, withAlarmLinked } from "./rule-link.repository.ts";
import { lockAlarmRevision, markFiring } from "./transfer-rule.repository.ts";

/*
 * The link of a firing alarm to its group's open incident (rule-link.repository.ts has the link to a new
 * one and what both share): one chained statement on PostgreSQL, the writes one by one on SQLite.
 */

const chainOpenIncidentLink = prepared(
  8,
  (
    db,
    rowId: string,
    revision: number,
    episode: number,
    incidentNum: string,
    owner: string,
    now: number,
    linkedBy: string,
    projectId: string,
  ) =>
    withAlarmLinked(db, { rowId, revision, episode, incidentNum, owner, now, linkedBy, projectId })
      // A newly linked alarm fires: the next time all have recovered is worth a new entry (markFiring).
      .with("f", (q) =>
        q
          .updateTable("transfer_incidents")
          .set({ all_recovered: 0 })
          .where("incident_num", "=", incidentNum)
          .where((eb) => eb.exists(eb.selectFrom("a").select("a.id")))
          .returning("incident_num"),
      )
      .selectNoFrom((eb) => [
        eb
          .selectFrom("a")
          .select((s) => s.fn.countAll<string | number>().as("n"))
          .as("linked"),
      ]),
);

/**
 * Links the alarm to its group's open incident (the caller records the link in the incident's history
 * after this). False when the alarm changed since it was evaluated: the transaction is to be rolled back.
 */
export async function linkToOpenIncident(trx: Executor, link: RuleLink): Promise<boolean> {
  const { alarm, incidentNum, owner, now } = link;
  if (sqlCapabilitiesOf(trx).chainedWrites) {
    const [row] = await chainOpenIncidentLink(
      trx,
      alarm.rowId,
      alarm.revision,
      alarm.episode,
      incidentNum,
      owner,
      now,
      link.linkedBy,
      alarm.projectId,
    );
    return Number(row?.linked ?? 0) === 1;
  }
  if ((await lockAlarmRevision(trx, alarm.rowId)) !== alarm.revision) return false;
  if (!(await linkAlarm(trx, alarm, incidentNum, link.linkedBy, now))) return false;
  await markFiring(trx, incidentNum);
  const settled = {
    rowId: alarm.rowId,
    projectId: alarm.projectId,
    alarmId: alarm.alarmId,
    revision: alarm.revision + 1,
  };
  await settleAlarmRules(trx, owner, settled);
  return true;
}
