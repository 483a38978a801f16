import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { escapeLike } from "../incident-list/filter-compiler.ts";
import { type Executor, toAlarm } from "./alarm.repository.ts";
import type { AlarmTable } from "./alarm.table.ts";
import type { AlarmListFilter } from "./alarm.ts";

// Reads of alarms as ShowAlarm and the alarm list show them; alarm.repository.ts holds the writes.

/**
 * Alarms with the name of the integration that reported them (if that still exists) and the transfer rule
 * that made the incident an alarm is linked to, if a rule made it.
 */
function alarmsWithSource(db: Executor) {
  return db
    .selectFrom("alarms")
    .leftJoin("integrations", "integrations.id", "alarms.integration_id")
    .leftJoin("transfer_incidents as ti", (j) =>
      j.onRef("ti.project_id", "=", "alarms.project_id").onRef("ti.incident_num", "=", "alarms.incident_num"),
    )
    .leftJoin("transfer_rules as tr", "tr.id", "ti.rule_id")
    .selectAll("alarms")
    .select(["integrations.name as integration_name", "ti.rule_id as rule_id", "tr.name as rule_name"]);
}

type SourcedRow = AlarmTable & {
  integration_name: string | null;
  rule_id: string | null;
  rule_name: string | null;
};

function toAlarmWithSource({ integration_name, rule_id, rule_name, ...alarm }: SourcedRow) {
  return {
    alarm: toAlarm(alarm),
    integrationName: integration_name,
    rule: rule_id ? { id: rule_id, name: rule_name ?? "" } : null,
  };
}

export type AlarmWithSource = ReturnType<typeof toAlarmWithSource>;

export async function findAlarmWithSource(
  db: Executor,
  projectId: string,
  alarmId: string,
): Promise<AlarmWithSource | undefined> {
  const row = await alarmsWithSource(db)
    .where("alarms.project_id", "=", projectId)
    .where("alarms.alarm_id", "=", alarmId)
    .executeTakeFirst();
  return row ? toAlarmWithSource(row) : undefined;
}

/** The filter's criteria over the project's alarms, every value a bound parameter. */
function matching(projectId: string, filter: AlarmListFilter) {
  return (eb: ExpressionBuilder<Database, "alarms">) => {
    const criteria: Expression<SqlBool>[] = [eb("alarms.project_id", "=", projectId)];
    // An empty list of allowed values matches nothing (`in ()` is not SQL).
    const nothing = sql<SqlBool>`1 = 0`;
    if (filter.statuses)
      criteria.push(filter.statuses.length ? eb("alarms.status", "in", filter.statuses) : nothing);
    if (filter.levels)
      criteria.push(filter.levels.length ? eb("alarms.level", "in", filter.levels) : nothing);
    if (filter.integrationId !== undefined)
      criteria.push(eb("alarms.integration_id", "=", filter.integrationId));
    if (filter.since !== undefined) criteria.push(eb("alarms.update_time", ">=", filter.since));
    if (filter.until !== undefined) criteria.push(eb("alarms.update_time", "<", filter.until));
    if (filter.incidentNum !== undefined) {
      // Through the link table (indexed by incident): an alarm stays linked after a later episode.
      const linked = eb
        .selectFrom("alarm_incidents")
        .select("alarm_incidents.alarm_row_id")
        .where("alarm_incidents.project_id", "=", projectId)
        .where("alarm_incidents.incident_num", "=", filter.incidentNum);
      criteria.push(eb("alarms.id", "in", linked));
    }
    if (filter.text !== undefined) {
      // Both sides lowered by the engine, so the match is case-insensitive the same way on each side.
      const pattern = `%${escapeLike(filter.text)}%`;
      criteria.push(
        eb.or([
          sql<SqlBool>`lower(alarms.name) like lower(${pattern}) escape '\\'`,
          sql<SqlBool>`lower(alarms.description) like lower(${pattern}) escape '\\'`,
        ]),
      );
    }
    return eb.and(criteria);
  };
}

/** A page of the project's matching alarms, the latest change first (ties by alarm id, descending: one index scan). */
export async function listAlarmPage(
  db: Executor,
  projectId: string,
  filter: AlarmListFilter,
  page: { limit: number; offset: number },
): Promise<AlarmWithSource[]> {
  const rows = await alarmsWithSource(db)
    .where(matching(projectId, filter))
    .orderBy("alarms.update_time", "desc")
    .orderBy("alarms.alarm_id", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toAlarmWithSource);
}

export async function countAlarms(db: Executor, projectId: string, filter: AlarmListFilter): Promise<number> {
  const row = await db
    .selectFrom("alarms")
    .select((eb) => eb.fn.countAll().as("n"))
    .where(matching(projectId, filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
