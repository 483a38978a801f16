import type { IncidentFactsTable } from "../src/analytics/incident-facts.table.ts";
import { INCIDENT_STATUS } from "../src/catalogue/catalogue.ts";
import { toIncidentRow } from "../src/incidents/incident.repository.ts";
import type { IncidentHistoryTable } from "../src/incidents/incident.table.ts";
import type { Incident } from "../src/incidents/incident.ts";
import { HISTORY_ACTIONS } from "../src/incidents/incident-events.ts";
import { createNumberSuffixes, formatIncidentNumber } from "../src/incidents/incident-number.ts";

/**
 * What the seeded incidents are made of: built-in keys, a pool of people and applications. Rows are
 * built as domain `Incident`s and mapped with incidentd's own `toIncidentRow`, so a schema change
 * shows up here as a type error instead of as rows incidentd would never write.
 */
export const PROJECT_ID = "bench";
/**
 * Seeded numbers use a fixed key of their own: they only need to be unique, and their times lie before
 * any incident the servers create, so they never meet a number made with the installation's key.
 */
const SEED_SUFFIXES = createNumberSuffixes(Buffer.alloc(32, 0x5e));
export const USER_COUNT = 50;
export const APP_COUNT = 20;
const LEVELS = ["level_10", "level_20", "level_30", "level_40", "level_50"];
const TYPES = [
  "inc_type_p_security_issues",
  "inc_type_p_function_issues",
  "inc_type_p_reliability_issues",
  "inc_type_p_config_issues",
  "inc_type_p_change_issues",
];
const SOURCES = ["incident_source_manual", "incident_source_forwarding", "incident_source_alarm"];
/** Workflow nodes (src/workflow/workflow.ts) with the status each implies. */
const STAGES = [
  { node: "unaccepted", status: INCIDENT_STATUS.TRIGGERED },
  { node: "handling", status: INCIDENT_STATUS.ACKNOWLEDGED },
  { node: "verification", status: INCIDENT_STATUS.RESOLVED },
  { node: "closed", status: INCIDENT_STATUS.COMPLETED },
] as const;
const DAY_MS = 86_400_000;
const DESCRIPTION =
  "事件描述：订单服务在高峰期出现间歇性超时，影响部分用户下单，已联系值班人员排查数据库连接池与网关限流配置。";

export type SqlValue = string | number | null;

export function userId(i: number): string {
  return `USER${String(i % USER_COUNT).padStart(4, "0")}9605B67C741D4553887A34`;
}

export function appId(i: number): string {
  return `app${String(i % APP_COUNT).padStart(3, "0")}`;
}

/**
 * Incident `seq` (1..n) was created at a time spread evenly over the year before `now`, so numbers and
 * create times grow with the sequence number, as they do in a real installation.
 */
export function createTimeOf(seq: number, n: number, now: number): number {
  return now - 366 * DAY_MS + Math.floor((seq * 365 * DAY_MS) / Math.max(n, 1));
}

export function incidentNumberOf(seq: number, n: number, now: number): string {
  return formatIncidentNumber(createTimeOf(seq, n, now), seq, SEED_SUFFIXES);
}

/** One realistic incident at some stage of its workflow; later stages carry the times they set. */
export function seededIncident(seq: number, n: number, now: number): Incident {
  const created = createTimeOf(seq, n, now);
  const stage = STAGES[seq % STAGES.length] ?? STAGES[0];
  // Acceptance 1-31 min and recovery 30 min-4.5 h after the creation, spread so percentiles have work to do.
  const handled = stage.node === "unaccepted" ? null : created + 60_000 + ((seq * 7_919) % 1_800_000);
  const recovered =
    stage.node === "verification" || stage.node === "closed"
      ? created + 1_800_000 + ((seq * 104_729) % 14_400_000)
      : null;
  return {
    number: formatIncidentNumber(created, seq, SEED_SUFFIXES),
    projectId: PROJECT_ID,
    version: 1 + STAGES.indexOf(stage),
    region: "cn-north-4",
    enterpriseProject: "0",
    currentCloudService: appId(seq),
    level: LEVELS[seq % LEVELS.length] ?? "level_50",
    isServiceInterrupt: seq % 3 === 0,
    startTime: created - 120_000,
    faultRecoveryTime: recovered,
    faultDelineationTime: recovered === null ? null : recovered - 600_000,
    ownership: null,
    type: TYPES[seq % TYPES.length] ?? "inc_type_p_security_issues",
    title: `订单服务超时 #${seq}`,
    description: DESCRIPTION,
    source: SOURCES[seq % SOURCES.length] ?? "incident_source_manual",
    assignee: userId(seq * 7),
    assigneeScene: null,
    assigneeRole: null,
    warroomId: null,
    handleTime: handled,
    status: stage.status,
    creator: userId(seq),
    createTime: created,
    updateTime: recovered ?? handled ?? created,
    node: stage.node,
    pending: null,
    lastOperator: userId(handled === null ? seq : seq * 7),
  };
}

/** The create entry `createIncident` writes as an incident's first history row. */
export function createHistory(id: string, incident: Incident, credentialId: string): IncidentHistoryTable {
  return {
    id,
    project_id: incident.projectId,
    incident_num: incident.number,
    seq: 1,
    action: HISTORY_ACTIONS.create.key,
    action_name_zh: HISTORY_ACTIONS.create.name_zh,
    action_name_en: HISTORY_ACTIONS.create.name_en,
    operator: incident.creator,
    status_before: null,
    status_after: INCIDENT_STATUS.TRIGGERED,
    comment: null,
    details: JSON.stringify({ source: incident.source, credential_id: credentialId }),
    create_time: incident.createTime,
  };
}

/**
 * The analytics facts of a seeded incident (src/analytics/incident-facts.ts), as its times imply:
 * accepted at handle_time, resolved at fault_recovery_time, closed (if it is) at its last update.
 */
export function seededFacts(incident: Incident): IncidentFactsTable {
  return {
    project_id: incident.projectId,
    incident_num: incident.number,
    created_at: incident.createTime,
    first_accepted_at: incident.handleTime,
    resolved_at: incident.faultRecoveryTime,
    closed_at: incident.node === "closed" ? incident.updateTime : null,
    level: incident.level,
    application: incident.currentCloudService,
    source: incident.source,
    assignee: incident.assignee,
  };
}

/** Positional values in `INCIDENT_COLUMNS` order. */
export function incidentValues(incident: Incident): SqlValue[] {
  return Object.values(toIncidentRow(incident));
}

export function historyValues(row: IncidentHistoryTable): SqlValue[] {
  return Object.values(row);
}

export function factsValues(row: IncidentFactsTable): SqlValue[] {
  return Object.values(row);
}

const sample = seededIncident(1, 1, 0);
export const INCIDENT_COLUMNS = Object.keys(toIncidentRow(sample));
export const HISTORY_COLUMNS = Object.keys(createHistory("", sample, ""));
export const FACTS_COLUMNS = Object.keys(seededFacts(sample));

export function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
}
