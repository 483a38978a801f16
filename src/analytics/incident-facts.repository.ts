import { sql, type Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import type { IncidentFactsTable } from "./incident-facts.table.ts";

export async function insertFacts(trx: Transaction<Database>, row: IncidentFactsTable): Promise<void> {
  await trx.insertInto("incident_facts").values(row).execute();
}

/** `accepted`: the first acceptance, kept if one is already there. */
export async function updateFacts(
  trx: Transaction<Database>,
  projectId: string,
  incidentNum: string,
  columns: Partial<IncidentFactsTable>,
  accepted: number | undefined,
): Promise<void> {
  await trx
    .updateTable("incident_facts")
    .set({
      ...columns,
      ...(accepted === undefined
        ? {}
        : { first_accepted_at: sql<number>`coalesce(first_accepted_at, ${accepted})` }),
    })
    .where("project_id", "=", projectId)
    .where("incident_num", "=", incidentNum)
    .execute();
}
