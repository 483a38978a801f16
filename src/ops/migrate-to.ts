import fs from "node:fs";
import type { SqliteSynchronous } from "../config.ts";
import { openDatabase, TABLES_IN_ORDER } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { isDatabaseUnavailable } from "../db/unavailable.ts";
import { copyTable, refuseUnlessEmpty, type TableCounts, verifyCopy } from "./migrate-to.repository.ts";
import { OpsError } from "./ops-error.ts";

export type { TableCounts };

export interface MigrateToRequest {
  /** The SQLite installation's database, `$INCIDENTD_DATA_DIR/incidentd.db`. */
  database: string;
  synchronous: SqliteSynchronous;
  /** `postgres://…` of the target database. */
  targetUrl: string;
}

/**
 * Copies every table of a SQLite installation into an empty PostgreSQL database, in one transaction on
 * the target (all or nothing) and from one read snapshot of the source, then checks the row counts.
 */
export async function migrateToPostgres(request: MigrateToRequest): Promise<TableCounts> {
  if (!/^postgres(ql)?:\/\//.test(request.targetUrl)) {
    throw new OpsError("the target must be a PostgreSQL URL (postgres://… or postgresql://…)");
  }
  if (!fs.existsSync(request.database))
    throw new OpsError(`there is no SQLite database at ${request.database}`);
  const source = openDatabase({
    engine: "sqlite",
    path: request.database,
    synchronous: request.synchronous,
    lockInstallation: true,
  });
  const target = openDatabase({ engine: "postgres", url: request.targetUrl, poolSize: 2 });
  try {
    await migrateToLatest(source);
    await migrateToLatest(target);
    return await target.transaction().execute((trx) =>
      source.transaction().execute(async (snapshot) => {
        await refuseUnlessEmpty(trx);
        for (const table of TABLES_IN_ORDER) await copyTable(snapshot, trx, table);
        return verifyCopy(snapshot, trx);
      }),
    );
  } catch (error) {
    // migrateToLatest wraps the driver's error; its cause says whether the server could not be reached.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    if (isDatabaseUnavailable(cause)) {
      throw new OpsError(`cannot reach the database: ${(cause as Error).message}`, { cause: error });
    }
    throw error;
  } finally {
    await Promise.all([source.destroy(), target.destroy()]);
  }
}
