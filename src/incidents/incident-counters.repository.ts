import type { QueryCreator } from "kysely";
import type { Database } from "../db/database.ts";
import { type Executor, prepared } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import { SETTINGS_VERSION_COUNTER } from "../settings/settings.repository.ts";
import { WEBHOOKS_VERSION_COUNTER } from "../webhooks/webhook.repository.ts";
import { DIRECTORY_VERSION_COUNTER } from "./incident-names.ts";

/**
 * The `counters` rows of incidents: the installation-wide sequence behind incident numbers, each project's
 * incident total, and the versions a change's subscribers check their caches against.
 */

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

/**
 * The counters holding a project's number of incidents, raised by every create in its transaction:
 * `incident_total:<project>` and, where the engine spreads hot counters (sql-capabilities.ts,
 * counterStripes), stripes `incident_total:<project>#<n>`. The total is their sum.
 */
const totalCounter = (projectId: string, stripe = 0) =>
  stripe === 0 ? `incident_total:${projectId}` : `incident_total:${projectId}#${stripe}`;

/** Raises (or creates at 1) the counter row `name`; also a sub-statement of the new-incident statement (incident.repository.ts). */
export const raiseCounterRow = (db: QueryCreator<Database>, name: string) =>
  db
    .insertInto("counters")
    .values({ name, value: 1 })
    .onConflict((oc) => oc.column("name").doUpdateSet((eb) => ({ value: eb("counters.value", "+", 1) })));

export const raiseIncidentTotalRow = prepared(1, raiseCounterRow);

/** The counter row a create raises: one stripe at random where the engine spreads the counter. */
export function incidentTotalRow(trx: Executor, projectId: string): string {
  const stripes = sqlCapabilitiesOf(trx).counterStripes;
  return totalCounter(projectId, stripes > 1 ? Math.floor(Math.random() * stripes) : 0);
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

/**
 * The versions of what a change's subscribers keep in per-node caches: webhook subscriptions and people's
 * notification rules (`webhooks_version`), display names (`directory_version`) and project settings
 * (`settings_version`). Each is a `counters` row raised in the transaction of every change to what it
 * covers, so a cache filled at another version is stale, whichever process or node made the change.
 * A missing row reads as -1.
 */
export interface ChangeVersions {
  webhooks: number;
  directory: number;
  settings: number;
}

/** The rows behind ChangeVersions (the new-incident statement reads them too: incident.repository.ts). */
export const CHANGE_VERSION_COUNTERS = [
  WEBHOOKS_VERSION_COUNTER,
  DIRECTORY_VERSION_COUNTER,
  SETTINGS_VERSION_COUNTER,
] as const;

export function toChangeVersions(
  rows: ReadonlyArray<{ name: string; value: number | string }>,
): ChangeVersions {
  const counter = (name: string) => Number(rows.find((r) => r.name === name)?.value ?? -1);
  return {
    webhooks: counter(WEBHOOKS_VERSION_COUNTER),
    directory: counter(DIRECTORY_VERSION_COUNTER),
    settings: counter(SETTINGS_VERSION_COUNTER),
  };
}

const selectChangeVersions = prepared(0, (db) =>
  db.selectFrom("counters").select(["name", "value"]).where("name", "in", CHANGE_VERSION_COUNTERS),
);

export async function readChangeVersions(db: Executor): Promise<ChangeVersions> {
  return toChangeVersions(await selectChangeVersions(db));
}
