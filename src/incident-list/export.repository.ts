import { arrayRows, type Executor } from "../db/prepared.ts";
import { EXPORT_COLUMNS, type ExportRow, FORWARD_RULE_COLUMN } from "./export-rows.ts";
import { inPage } from "./list.repository.ts";
import type { PageRequest } from "./list-page.ts";

/** One batch of the export in the list's total order, each row an array of EXPORT_COLUMNS. */
export function fetchExportRows(db: Executor, projectId: string, request: PageRequest): Promise<ExportRow[]> {
  const base = db
    .selectFrom("incidents as i")
    .leftJoin("transfer_incidents as fwd", (j) =>
      j.onRef("fwd.project_id", "=", "i.project_id").onRef("fwd.incident_num", "=", "i.incident_num"),
    )
    .select([...EXPORT_COLUMNS, FORWARD_RULE_COLUMN] as never)
    .where("i.project_id", "=", projectId);
  return arrayRows(db, inPage(base, request));
}
