import { arrayRows, type Executor } from "../db/prepared.ts";
import { EXPORT_COLUMNS, type ExportRow } from "./export-rows.ts";
import { inPage } from "./list.repository.ts";
import type { PageRequest } from "./list-page.ts";

/** One batch of the export in the list's total order, each row an array of EXPORT_COLUMNS. */
export function fetchExportRows(db: Executor, projectId: string, request: PageRequest): Promise<ExportRow[]> {
  const base = db
    .selectFrom("incidents as i")
    .select(EXPORT_COLUMNS as never)
    .where("i.project_id", "=", projectId);
  return arrayRows(db, inPage(base, request));
}
