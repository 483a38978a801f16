import type { Db } from "../db/database.ts";
import type { ProjectTable } from "./project.table.ts";

export interface Project {
  id: string;
  name: string;
  createdAt: number;
}

function toProject(row: ProjectTable): Project {
  return { id: row.id, name: row.name, createdAt: Number(row.created_at) };
}

export async function insertProject(db: Db, row: ProjectTable): Promise<void> {
  await db.insertInto("projects").values(row).execute();
}

/** Inserts unless the id exists; true when this call created it (safe when nodes start together). */
export async function insertProjectIfAbsent(db: Db, row: ProjectTable): Promise<boolean> {
  const result = await db
    .insertInto("projects")
    .values(row)
    .onConflict((oc) => oc.column("id").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findProject(db: Db, id: string): Promise<Project | undefined> {
  const row = await db.selectFrom("projects").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toProject(row) : undefined;
}

export async function listProjects(db: Db): Promise<Project[]> {
  const rows = await db.selectFrom("projects").selectAll().orderBy("created_at").orderBy("id").execute();
  return rows.map(toProject);
}
