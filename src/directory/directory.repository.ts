import type { Db } from "../db/database.ts";
import { type Executor, prepared } from "../db/prepared.ts";
import { type MaybePromise, mapMaybe } from "../maybe-promise.ts";
import type { ApplicationTable, DirectoryUserTable } from "./directory.table.ts";

export interface DirectoryUser {
  id: string;
  displayName: string;
  email: string | null;
  updatedAt: number;
}

export interface Application {
  id: string;
  name: string;
  updatedAt: number;
}

function toUser(row: DirectoryUserTable): DirectoryUser {
  return { id: row.id, displayName: row.display_name, email: row.email, updatedAt: Number(row.updated_at) };
}

function toApplication(row: ApplicationTable): Application {
  return { id: row.id, name: row.name, updatedAt: Number(row.updated_at) };
}

/** Adds a user or updates the one with the same id (both engines support ON CONFLICT … DO UPDATE). */
export async function upsertUser(db: Db, row: DirectoryUserTable): Promise<void> {
  await db
    .insertInto("directory_users")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["project_id", "id"]).doUpdateSet({
        display_name: row.display_name,
        email: row.email,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function listUsers(db: Db, projectId: string): Promise<DirectoryUser[]> {
  const rows = await db
    .selectFrom("directory_users")
    .selectAll()
    .where("project_id", "=", projectId)
    .orderBy("id")
    .execute();
  return rows.map(toUser);
}

export async function upsertApplication(db: Db, row: ApplicationTable): Promise<void> {
  await db
    .insertInto("applications")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["project_id", "id"]).doUpdateSet({ name: row.name, updated_at: row.updated_at }),
    )
    .execute();
}

export async function listApplications(db: Db, projectId: string): Promise<Application[]> {
  const rows = await db
    .selectFrom("applications")
    .selectAll()
    .where("project_id", "=", projectId)
    .orderBy("id")
    .execute();
  return rows.map(toApplication);
}

const selectUserName = prepared(2, (db, projectId: string, id: string) =>
  db
    .selectFrom("directory_users")
    .select("display_name")
    .where("project_id", "=", projectId)
    .where("id", "=", id),
);

/** A person's display name, or null when the directory does not know the id (at once on SQLite). */
export function userNameOf(db: Executor, projectId: string, id: string): MaybePromise<string | null> {
  return mapMaybe(selectUserName(db, projectId, id), ([row]) => row?.display_name ?? null);
}

const selectApplicationName = prepared(2, (db, projectId: string, id: string) =>
  db.selectFrom("applications").select("name").where("project_id", "=", projectId).where("id", "=", id),
);

/** An application's name, or null when the directory does not know the id (at once on SQLite). */
export function applicationNameOf(db: Executor, projectId: string, id: string): MaybePromise<string | null> {
  return mapMaybe(selectApplicationName(db, projectId, id), ([row]) => row?.name ?? null);
}

export async function findUser(
  db: Executor,
  projectId: string,
  id: string,
): Promise<DirectoryUser | undefined> {
  const row = await db
    .selectFrom("directory_users")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}
