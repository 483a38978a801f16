import { INCIDENT_STATUS } from "../catalogue/catalogue.ts";
import type { Db } from "../db/database.ts";

/**
 * The cluster-wide figures a scrape reads from the shared database (every node reports the same values:
 * docs/observability.md says to aggregate them with `max`). Each is one statement over an index.
 */

/**
 * Incidents not completed, by level and status, of every project or of one (the console's dashboard):
 * reads the partial index of open incidents only, which leads by the project.
 */
export async function countOpenIncidents(
  db: Db,
  projectId?: string,
): Promise<Array<{ level: string; status: string; count: number }>> {
  let query = db
    .selectFrom("incidents")
    .select(["incident_level", "status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("status", "<>", INCIDENT_STATUS.COMPLETED);
  if (projectId !== undefined) query = query.where("project_id", "=", projectId);
  const rows = await query.groupBy(["incident_level", "status"]).execute();
  return rows.map((r) => ({ level: r.incident_level, status: r.status, count: Number(r.n) }));
}

/** Alarms the transfer-rules processor has still to evaluate (the partial index of pending alarms). */
export async function countPendingAlarms(db: Db): Promise<number> {
  const row = await db
    .selectFrom("alarms")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("rules_pending_since", "is not", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Webhook deliveries waiting to be sent or retried (the outbox's due index leads by status). */
export async function countPendingDeliveries(db: Db): Promise<number> {
  const row = await db
    .selectFrom("webhook_deliveries")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("status", "=", "pending")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
