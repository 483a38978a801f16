import type { Migration, MigrationProvider } from "kysely";
import * as initial from "./20261130000000_initial.ts";
import * as workflow from "./20261130010000_workflow.ts";
import * as listIndexes from "./20261130020000_list_indexes.ts";
import * as accessKeys from "./20261130030000_access_keys.ts";

/** Migrations listed statically so they load the same from source and from a build. */
const MIGRATIONS: Record<string, Migration> = {
  "20261130000000_initial": initial,
  "20261130010000_workflow": workflow,
  "20261130020000_list_indexes": listIndexes,
  "20261130030000_access_keys": accessKeys,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
