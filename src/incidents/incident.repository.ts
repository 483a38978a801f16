import { type Executor, prepared, preparedInsert } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import { type MaybePromise, mapMaybe } from "../maybe-promise.ts";
import type { IncidentHistoryTable, IncidentTable } from "./incident.table.ts";
import type { Incident, PendingRequest } from "./incident.ts";
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

const incrementCounter = prepared(1, (db, name: string) =>
  db
    .updateTable("counters")
    .set((eb) => ({ value: eb("value", "+", 1) }))
    .where("name", "=", name)
    .returning("value"),
);

/** Takes the next installation-wide sequence number (the row lock serialises concurrent creators). */
export async function nextSequence(trx: Executor, name: string): Promise<number> {
  const [row] = await incrementCounter(trx, name);
  if (!row) throw new Error(`counter ${name} is missing`);
  return Number(row.value);
}

const advanceCounter = prepared(2, (db, name: string, by: number) =>
  db
    .updateTable("counters")
    .set((eb) => ({ value: eb("value", "+", by) }))
    .where("name", "=", name)
    .returning("value"),
);

/**
 * Takes `size` installation-wide sequence numbers at once, in a transaction of their own (committed before
 * any of them is used, so a number is never handed out twice, even after a crash); returns the last.
 */
export async function takeSequenceBlock(db: Executor, name: string, size: number): Promise<number> {
  const [row] = await advanceCounter(db, name, size);
  if (!row) throw new Error(`counter ${name} is missing`);
  return Number(row.value);
}

const insertIncidentRow = preparedInsert("incidents");

export async function insertIncident(trx: Executor, incident: Incident): Promise<void> {
  await insertIncidentRow(trx, toIncidentRow(incident));
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

/**
 * The counters holding a project's number of incidents, raised by every create in its transaction:
 * `incident_total:<project>` and, where the engine spreads hot counters (sql-capabilities.ts,
 * counterStripes), stripes `incident_total:<project>#<n>`. The total is their sum.
 */
const totalCounter = (projectId: string, stripe = 0) =>
  stripe === 0 ? `incident_total:${projectId}` : `incident_total:${projectId}#${stripe}`;

const raiseCounter = prepared(1, (db, name: string) =>
  db
    .insertInto("counters")
    .values({ name, value: 1 })
    .onConflict((oc) => oc.column("name").doUpdateSet((eb) => ({ value: eb("counters.value", "+", 1) }))),
);

export async function raiseIncidentTotal(trx: Executor, projectId: string): Promise<void> {
  const stripes = sqlCapabilitiesOf(trx).counterStripes;
  await raiseCounter(trx, totalCounter(projectId, stripes > 1 ? Math.floor(Math.random() * stripes) : 0));
}

// `#` < `$`: the stripes of one project sort between `<base>#` and `<base>$`, apart from other projects'.
const sumCounters = prepared(3, (db, base: string, from: string, to: string) =>
  db
    .selectFrom("counters")
    .select((eb) => eb.fn.sum<number | string>("value").as("value"))
    .where((eb) => eb.or([eb("name", "=", base), eb.and([eb("name", ">", from), eb("name", "<", to)])])),
);

/** A project's number of incidents: its counter rows added up (none yet: no incidents). */
export async function countIncidents(db: Executor, projectId: string): Promise<number> {
  const base = totalCounter(projectId);
  const [row] = await sumCounters(db, base, `${base}#`, `${base}$`);
  return row?.value == null ? 0 : Number(row.value);
}
