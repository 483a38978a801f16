import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { TokenTable } from "../auth/token.table.ts";
import type { CatalogueEntryTable } from "../catalogue/catalogue.table.ts";
import type { SqliteSynchronous } from "../config.ts";
import type { ApplicationTable, DirectoryUserTable } from "../directory/directory.table.ts";
import type { CounterTable, IncidentHistoryTable, IncidentTable } from "../incidents/incident.table.ts";
import type { ProjectTable } from "../projects/project.table.ts";
import type { ProjectSettingsTable } from "../settings/settings.table.ts";

export interface Database {
  projects: ProjectTable;
  tokens: TokenTable;
  directory_users: DirectoryUserTable;
  applications: ApplicationTable;
  catalogue_entries: CatalogueEntryTable;
  counters: CounterTable;
  incidents: IncidentTable;
  incident_histories: IncidentHistoryTable;
  project_settings: ProjectSettingsTable;
}

export type Db = Kysely<Database>;

export interface DatabaseOptions {
  /** A file path, or ":memory:" for tests. */
  sqlitePath: string;
  synchronous: SqliteSynchronous;
}

export function sqlitePathFor(dataDir: string): string {
  return path.join(dataDir, "incidentd.db");
}

/**
 * better-sqlite3 prepares a statement per call when driven by Kysely; caching prepared statements by
 * SQL text removes that cost from every request (bounded: dynamic SQL like long IN lists is not kept).
 */
function withStatementCache(sqlite: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      let statement = cache.get(sqlText);
      if (!statement) {
        statement = sqlite.prepare(sqlText);
        if (cache.size < 1000) cache.set(sqlText, statement);
      }
      return statement;
    },
  };
}

/** The one place the storage engine is chosen and configured. */
export function openDatabase(options: DatabaseOptions): Db {
  if (options.sqlitePath !== ":memory:") fs.mkdirSync(path.dirname(options.sqlitePath), { recursive: true });
  const sqlite = new SqliteDatabase(options.sqlitePath);
  // WAL + synchronous=FULL: a committed transaction is fsynced before the request is answered, so an
  // acknowledged write survives a process crash and a power loss (docs/storage.md).
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma(`synchronous = ${options.synchronous}`);
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}
