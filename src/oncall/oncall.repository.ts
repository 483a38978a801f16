import { type Executor, prepared } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { SceneDocument } from "./oncall.ts";

export interface StoredScene {
  sceneId: string;
  document: SceneDocument;
  version: number;
  updatedAt: number;
}

export async function findScene(
  db: Executor,
  projectId: string,
  sceneId: string,
): Promise<StoredScene | undefined> {
  const row = await db
    .selectFrom("oncall_scenes")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("scene_id", "=", sceneId)
    .executeTakeFirst();
  return row
    ? {
        sceneId: row.scene_id,
        document: JSON.parse(row.document) as SceneDocument,
        version: Number(row.version),
        updatedAt: Number(row.updated_at),
      }
    : undefined;
}

export async function listSceneIds(
  db: Executor,
  projectId: string,
): Promise<Array<{ sceneId: string; name: string }>> {
  const rows = await db
    .selectFrom("oncall_scenes")
    .select(["scene_id", "document"])
    .where("project_id", "=", projectId)
    .orderBy("scene_id")
    .execute();
  return rows.map((r) => ({ sceneId: r.scene_id, name: (JSON.parse(r.document) as SceneDocument).name }));
}

/** Creates or replaces the scene's document; returns its new version. */
export async function saveScene(
  db: Executor,
  projectId: string,
  sceneId: string,
  document: SceneDocument,
  now: number,
): Promise<number> {
  const row = await db
    .insertInto("oncall_scenes")
    .values({
      project_id: projectId,
      scene_id: sceneId,
      document: JSON.stringify(document),
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(["project_id", "scene_id"]).doUpdateSet((eb) => ({
        document: eb.ref("excluded.document"),
        version: eb("oncall_scenes.version", "+", 1),
        updated_at: eb.ref("excluded.updated_at"),
      })),
    )
    .returning("version")
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

export async function deleteScene(db: Executor, projectId: string, sceneId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("oncall_scenes")
    .where("project_id", "=", projectId)
    .where("scene_id", "=", sceneId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** The directory's display names of these users (unknown ids are left out). */
export async function findDisplayNames(
  db: Executor,
  projectId: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("directory_users")
    .select(["id", "display_name"])
    .where("project_id", "=", projectId)
    .where((eb) => sqlCapabilitiesOf(db).inList(eb.ref("id"), ids))
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Which of these user ids the project's directory knows. */
export async function knownUserIds(db: Executor, projectId: string, ids: string[]): Promise<Set<string>> {
  return new Set((await findDisplayNames(db, projectId, ids)).keys());
}

const selectSceneVersion = prepared(2, (db, projectId: string, sceneId: string) =>
  db
    .selectFrom("oncall_scenes")
    .select("version")
    .where("project_id", "=", projectId)
    .where("scene_id", "=", sceneId),
);

/**
 * The scene's version alone (one indexed row): what the compiled-scene cache checks before every use, so
 * on every create naming a scene — prepared, as Kysely's building of it cost more than SQLite's answer.
 */
export async function findSceneVersion(
  db: Executor,
  projectId: string,
  sceneId: string,
): Promise<number | undefined> {
  const row = (await selectSceneVersion(db, projectId, sceneId))[0];
  return row ? Number(row.version) : undefined;
}

/**
 * Replaces the document only if the stored version is still `version` (a piecewise edit read it there);
 * returns the new version, or undefined when another change came first.
 */
export async function replaceSceneAtVersion(
  db: Executor,
  projectId: string,
  sceneId: string,
  document: SceneDocument,
  version: number,
  now: number,
): Promise<number | undefined> {
  const result = await db
    .updateTable("oncall_scenes")
    .set({ document: JSON.stringify(document), version: version + 1, updated_at: now })
    .where("project_id", "=", projectId)
    .where("scene_id", "=", sceneId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? version + 1 : undefined;
}
