import { FACTS_COLUMNS, type IncidentFactsTable } from "../analytics/incident-facts.table.ts";
import { type Executor, prepared, preparedInsert, rowFromValues, valuesInColumns } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import { type MaybePromise, mapMaybe } from "../maybe-promise.ts";
import {
  HISTORY_COLUMNS,
  INCIDENT_COLUMNS,
  type IncidentHistoryTable,
  type IncidentTable,
} from "./incident.table.ts";
import type { Incident, PendingRequest } from "./incident.ts";
import {
  CHANGE_VERSION_COUNTERS,
  type ChangeVersions,
  incidentTotalRow,
  raiseCounterRow,
  raiseIncidentTotalRow,
  toChangeVersions,
} from "./incident-counters.repository.ts";
import type { IncidentNames } from "./incident-detail.ts";
import { DIRECTORY_VERSION_COUNTER } from "./incident-names.ts";

const toNumberOrNull = (value: number | string | null): number | null =>
  value === null ? null : Number(value);

export function toIncident(row: IncidentTable): Incident {
  return {
    number: row.incident_num,
    projectId: row.project_id,
    version: Number(row.version),
    region: row.region,
    enterpriseProject: row.enterprise_project,
    currentCloudService: row.current_cloud_service,
    level: row.incident_level,
    isServiceInterrupt: Number(row.is_service_interrupt) === 1,
    startTime: toNumberOrNull(row.start_time),
    faultRecoveryTime: toNumberOrNull(row.fault_recovery_time),
    faultDelineationTime: toNumberOrNull(row.fault_delineation_time),
    ownership: row.incident_ownership,
    type: row.incident_type,
    title: row.incident_title,
    description: row.incident_description,
    source: row.incident_source,
    assignee: row.incident_assignee,
    assigneeScene: row.assignee_scene,
    assigneeRole: row.assignee_role,
    warroomId: row.warroom_id,
    handleTime: toNumberOrNull(row.handle_time),
    status: row.status,
    creator: row.creator,
    createTime: Number(row.create_time),
    updateTime: Number(row.update_time),
    node: row.node,
    pending: row.pending === null ? null : (JSON.parse(row.pending) as PendingRequest),
    lastOperator: row.last_operator,
  };
}

export function toIncidentRow(incident: Incident): IncidentTable {
  return {
    incident_num: incident.number,
    project_id: incident.projectId,
    version: incident.version,
    region: incident.region,
    enterprise_project: incident.enterpriseProject,
    current_cloud_service: incident.currentCloudService,
    incident_level: incident.level,
    is_service_interrupt: incident.isServiceInterrupt ? 1 : 0,
    start_time: incident.startTime,
    fault_recovery_time: incident.faultRecoveryTime,
    fault_delineation_time: incident.faultDelineationTime,
    incident_ownership: incident.ownership,
    incident_type: incident.type,
    incident_title: incident.title,
    incident_description: incident.description,
    incident_source: incident.source,
    incident_assignee: incident.assignee,
    assignee_scene: incident.assigneeScene,
    assignee_role: incident.assigneeRole,
    warroom_id: incident.warroomId,
    handle_time: incident.handleTime,
    status: incident.status,
    creator: incident.creator,
    create_time: incident.createTime,
    update_time: incident.updateTime,
    node: incident.node,
    pending: incident.pending === null ? null : JSON.stringify(incident.pending),
    last_operator: incident.lastOperator,
  };
}

const insertIncidentRow = preparedInsert("incidents");
const insertFactsRow = preparedInsert("incident_facts");

const TOGETHER_ARITY = INCIDENT_COLUMNS.length + HISTORY_COLUMNS.length + FACTS_COLUMNS.length + 1;

/**
 * A new incident's four writes (the incident, its first history entry, its analytics facts, a stripe of
 * the project's incident total) and the read of the ChangeVersions rows as one statement (PostgreSQL's
 * data-modifying WITH). Every sub-statement runs; the final SELECT sees the database as the statement
 * began, which is all it needs (no version counter is written). The history's foreign key to the new
 * incident is checked at the end of the statement, when the incident row is there.
 */
const insertNewIncidentTogether = prepared(TOGETHER_ARITY, (db, ...values: unknown[]) => {
  const history = INCIDENT_COLUMNS.length;
  const facts = history + HISTORY_COLUMNS.length;
  const counter = facts + FACTS_COLUMNS.length;
  return db
    .with("c", (qc) => raiseCounterRow(qc, values[counter] as string))
    .with("i", (qc) => qc.insertInto("incidents").values(rowFromValues(INCIDENT_COLUMNS, values, 0)))
    .with("h", (qc) =>
      qc.insertInto("incident_histories").values(rowFromValues(HISTORY_COLUMNS, values, history)),
    )
    .with("f", (qc) => qc.insertInto("incident_facts").values(rowFromValues(FACTS_COLUMNS, values, facts)))
    .selectFrom("counters")
    .select(["name", "value"])
    .where("name", "in", CHANGE_VERSION_COUNTERS);
});

/**
 * Writes a new incident: its row, its first history entry, its analytics facts, and a raise of the
 * project's incident total. Where the engine sends inserts together (PostgreSQL) that is one statement,
 * which also reads the change versions its subscribers need (answered; else undefined): one round trip
 * instead of five while the create holds its locks. SQLite runs the four inserts one by one.
 */
export async function insertNewIncident(
  trx: Executor,
  incident: Incident,
  history: IncidentHistoryTable,
  facts: IncidentFactsTable,
): Promise<ChangeVersions | undefined> {
  const row = toIncidentRow(incident);
  const counter = incidentTotalRow(trx, incident.projectId);
  if (sqlCapabilitiesOf(trx).insertsTogether) {
    const rows = await insertNewIncidentTogether(
      trx,
      ...valuesInColumns(INCIDENT_COLUMNS, row),
      ...valuesInColumns(HISTORY_COLUMNS, history),
      ...valuesInColumns(FACTS_COLUMNS, facts),
      counter,
    );
    return toChangeVersions(rows);
  }
  await insertIncidentRow(trx, row);
  await raiseIncidentTotalRow(trx, counter);
  await insertHistory(trx, history);
  await insertFactsRow(trx, facts);
  return undefined;
}

export const insertHistory: (trx: Executor, row: IncidentHistoryTable) => Promise<void> =
  preparedInsert("incident_histories");

export async function listHistory(db: Executor, projectId: string, incidentNum: string) {
  return db
    .selectFrom("incident_histories")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("incident_num", "=", incidentNum)
    .orderBy("seq")
    .execute();
}

/** Incidents joined with the directory and catalogue names their views show (one query). */
export function selectIncidentsWithNames(db: Executor, projectId: string) {
  return (
    db
      .selectFrom("incidents as i")
      .leftJoin("directory_users as cu", (j) =>
        j.onRef("cu.project_id", "=", "i.project_id").onRef("cu.id", "=", "i.creator"),
      )
      .leftJoin("directory_users as au", (j) =>
        j.onRef("au.project_id", "=", "i.project_id").onRef("au.id", "=", "i.incident_assignee"),
      )
      .leftJoin("applications as app", (j) =>
        j.onRef("app.project_id", "=", "i.project_id").onRef("app.id", "=", "i.current_cloud_service"),
      )
      .leftJoin("catalogue_entries as ct", (j) =>
        j
          .onRef("ct.project_id", "=", "i.project_id")
          .on("ct.field", "=", "incident_type")
          .onRef("ct.key", "=", "i.incident_type"),
      )
      .leftJoin("catalogue_entries as co", (j) =>
        j
          .onRef("co.project_id", "=", "i.project_id")
          .on("co.field", "=", "incident_ownership")
          .onRef("co.key", "=", "i.incident_ownership"),
      )
      // The transfer rule that created the incident, if one did (ListIncidents' forward_rule_id).
      .leftJoin("transfer_incidents as fwd", (j) =>
        j.onRef("fwd.project_id", "=", "i.project_id").onRef("fwd.incident_num", "=", "i.incident_num"),
      )
      .selectAll("i")
      .select([
        "cu.display_name as creator_name",
        "au.display_name as assignee_name",
        "app.name as application_name",
        "ct.name_zh as type_name_zh",
        "ct.name_en as type_name_en",
        "co.name_zh as ownership_name_zh",
        "co.name_en as ownership_name_en",
        "fwd.rule_id as forward_rule_id",
      ])
      .where("i.project_id", "=", projectId)
  );
}

type NamedRow = IncidentTable & {
  creator_name: string | null;
  assignee_name: string | null;
  application_name: string | null;
  type_name_zh: string | null;
  type_name_en: string | null;
  ownership_name_zh: string | null;
  ownership_name_en: string | null;
  forward_rule_id: string | null;
};

function enumEntry(key: string | null, zh: string | null, en: string | null) {
  return key !== null && zh !== null && en !== null ? { key, name_zh: zh, name_en: en } : null;
}

export function toIncidentWithNames(row: NamedRow): {
  incident: Incident;
  names: IncidentNames;
  forwardRuleId: string | null;
} {
  return {
    incident: toIncident(row),
    forwardRuleId: row.forward_rule_id,
    names: {
      creatorName: row.creator_name,
      assigneeName: row.assignee_name,
      applicationName: row.application_name,
      typeEntry: enumEntry(row.incident_type, row.type_name_zh, row.type_name_en),
      ownershipEntry: enumEntry(row.incident_ownership, row.ownership_name_zh, row.ownership_name_en),
    },
  };
}

const selectIncidentForDetail = prepared(2, (db, projectId: string, incidentNum: string) =>
  db
    .selectFrom("incidents as i")
    .leftJoin("counters as dv", (j) => j.on("dv.name", "=", DIRECTORY_VERSION_COUNTER))
    .selectAll("i")
    .select("dv.value as directory_version")
    .where("i.project_id", "=", projectId)
    .where("i.incident_num", "=", incidentNum),
);

/**
 * An incident with the directory version read in the same statement (one row of `counters`, no join per
 * name): the detail view resolves names through the node's DetailNameCache, which that version keeps exact.
 */
export function findIncidentForDetail(
  db: Executor,
  projectId: string,
  incidentNum: string,
): MaybePromise<{ incident: Incident; directoryVersion: number } | undefined> {
  return mapMaybe(selectIncidentForDetail(db, projectId, incidentNum), ([row]) =>
    row ? { incident: toIncident(row), directoryVersion: Number(row.directory_version ?? -1) } : undefined,
  );
}

export async function findIncident(
  db: Executor,
  projectId: string,
  incidentNum: string,
): Promise<Incident | undefined> {
  const row = await db
    .selectFrom("incidents")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("incident_num", "=", incidentNum)
    .executeTakeFirst();
  return row ? toIncident(row) : undefined;
}

/**
 * Writes a changed incident only if nobody changed it since it was read (optimistic concurrency):
 * returns false when the stored version is no longer `expectedVersion`.
 */
export async function updateIncidentIfVersion(
  trx: Executor,
  incident: Incident,
  expectedVersion: number,
): Promise<boolean> {
  const { incident_num, project_id, create_time, creator, ...changes } = toIncidentRow(incident);
  const result = await trx
    .updateTable("incidents")
    .set(changes)
    .where("project_id", "=", project_id)
    .where("incident_num", "=", incident_num)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
