import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import {
  deleteScene,
  findDisplayNames,
  findScene,
  knownUserIds,
  listSceneIds,
  replaceSceneAtVersion,
  saveScene,
} from "./oncall.repository.ts";
import type { Override, SceneDocument } from "./oncall.ts";
import { addParticipant, removeOverride, removeParticipant } from "./scene-edits.ts";
import { type CompiledScene, compileScene, type Shift, shiftAt, timeline } from "./schedule.ts";

/** Whose schedules a use-case works on: the caller's project (an HTTP credential or a CLI command). */
export type Caller = Pick<Credential, "projectId">;

/** The longest range a timeline covers in one request. */
export const MAX_TIMELINE_DAYS = 93;
const DAY = 86_400_000;

export function sceneNotFound(sceneId: string): AppError {
  return new AppError("RESOURCE_NOT_FOUND", `on-call scene not found: ${sceneId}`);
}

export async function loadScene(deps: Deps, projectId: string, sceneId: string): Promise<CompiledScene> {
  const scene = await deps.oncallScenes.get(deps.db, projectId, sceneId);
  if (!scene) throw sceneNotFound(sceneId);
  return scene;
}

/** Every participant and override person must be a directory user of the project. */
async function checkPeople(deps: Deps, projectId: string, document: SceneDocument): Promise<void> {
  const named: Array<[string, string]> = [];
  for (const [i, role] of document.roles.entries())
    for (const [j, rotation] of role.rotations.entries())
      for (const [k, user] of rotation.participants.entries())
        named.push([user, `roles[${i}].rotations[${j}].participants[${k}]`]);
  for (const [i, o] of (document.overrides ?? []).entries())
    named.push([o.user_id, `overrides[${i}].user_id`]);
  const known = await knownUserIds(deps.db, projectId, [...new Set(named.map(([u]) => u))]);
  const unknown = named.find(([user]) => !known.has(user));
  if (unknown) throw invalidParameter(unknown[1], `${unknown[0]} is not a user of the project's directory`);
}

/** PUT: creates or replaces a scene from its document (checked whole: nothing is stored when a part is wrong). */
export async function putScene(deps: Deps, caller: Caller, sceneId: string, document: SceneDocument) {
  compileScene(document);
  await checkPeople(deps, caller.projectId, document);
  const version = await saveScene(deps.db, caller.projectId, sceneId, document, deps.clock.now());
  return { scene_id: sceneId, version, ...document };
}

export async function getScene(deps: Deps, caller: Caller, sceneId: string) {
  const stored = await findScene(deps.db, caller.projectId, sceneId);
  if (!stored) throw sceneNotFound(sceneId);
  return { scene_id: sceneId, version: stored.version, ...stored.document };
}

export async function listScenes(deps: Deps, caller: Caller) {
  return (await listSceneIds(deps.db, caller.projectId)).map((s) => ({ scene_id: s.sceneId, name: s.name }));
}

export async function removeScene(deps: Deps, caller: Caller, sceneId: string): Promise<void> {
  if (!(await deleteScene(deps.db, caller.projectId, sceneId))) throw sceneNotFound(sceneId);
}

/** How often a piecewise edit re-reads and re-applies itself when a concurrent change wins. */
const EDIT_ATTEMPTS = 5;

/**
 * A piecewise edit: the stored document changed by `edit`, then checked whole and stored like a PUT
 * (the version goes up) — but only over the version it was read at, so two concurrent edits both land.
 */
export async function editScene(
  deps: Deps,
  caller: Caller,
  sceneId: string,
  edit: (document: SceneDocument) => SceneDocument,
) {
  for (let attempt = 0; attempt < EDIT_ATTEMPTS; attempt++) {
    const stored = await findScene(deps.db, caller.projectId, sceneId);
    if (!stored) throw sceneNotFound(sceneId);
    const document = edit(stored.document);
    compileScene(document);
    await checkPeople(deps, caller.projectId, document);
    const now = deps.clock.now();
    const version = await replaceSceneAtVersion(
      deps.db,
      caller.projectId,
      sceneId,
      document,
      stored.version,
      now,
    );
    if (version !== undefined) return { scene_id: sceneId, version, ...document };
  }
  throw new AppError("CONFLICT", `on-call scene ${sceneId} kept changing; retry the edit`);
}

/** Adds an override to a scene (the piecewise edit of its document). */
export function addOverride(deps: Deps, caller: Caller, sceneId: string, override: Override) {
  return editScene(deps, caller, sceneId, (document) => ({
    ...document,
    overrides: [...(document.overrides ?? []), override],
  }));
}

export function removeOverrideAt(deps: Deps, caller: Caller, sceneId: string, index: number) {
  return editScene(deps, caller, sceneId, (document) => removeOverride(document, index));
}

/** A participant joins a rotation of a role (`position`: 0-based, default last). */
export function addRotationParticipant(
  deps: Deps,
  caller: Caller,
  where: { sceneId: string; roleId: string; rotation: number },
  userId: string,
  position?: number,
) {
  return editScene(deps, caller, where.sceneId, (document) =>
    addParticipant(document, where.roleId, where.rotation, userId, position),
  );
}

export function removeRotationParticipant(
  deps: Deps,
  caller: Caller,
  where: { sceneId: string; roleId: string; rotation: number },
  userId: string,
) {
  return editScene(deps, caller, where.sceneId, (document) =>
    removeParticipant(document, where.roleId, where.rotation, userId),
  );
}

function checkRole(scene: CompiledScene, roleId: string, field = "role_id"): void {
  if (!scene.roles.has(roleId)) {
    const roles = [...scene.roles.keys()].join(", ");
    throw invalidParameter(field, `no role ${roleId} in the scene (its roles: ${roles})`);
  }
}

function toShiftView(shift: Shift, names: Map<string, string>) {
  return {
    user_id: shift.user_id,
    display_name: names.get(shift.user_id) ?? shift.user_id,
    shift_start: new Date(shift.start).toISOString(),
    shift_end: new Date(shift.end).toISOString(),
    source: shift.source,
  };
}

/** Who is on call for a role at an instant, with the shift they are on (null data: nobody). */
export async function whoIsOnCall(deps: Deps, caller: Caller, sceneId: string, roleId: string, at: number) {
  const scene = await loadScene(deps, caller.projectId, sceneId);
  checkRole(scene, roleId);
  const shift = shiftAt(scene, roleId, at);
  if (!shift) return null;
  return toShiftView(shift, await findDisplayNames(deps.db, caller.projectId, [shift.user_id]));
}

export function checkRange(from: number, to: number): void {
  if (to <= from) throw invalidParameter("to", "must be later than from");
  if (to - from > MAX_TIMELINE_DAYS * DAY)
    throw invalidParameter("to", `must be at most ${MAX_TIMELINE_DAYS} days after from`);
}

/** The final schedule of every role of a scene over [from, to). */
export async function sceneTimeline(deps: Deps, caller: Caller, sceneId: string, from: number, to: number) {
  checkRange(from, to);
  const scene = await loadScene(deps, caller.projectId, sceneId);
  const roles = [...scene.roles.keys()].map((roleId) => ({
    roleId,
    shifts: timeline(scene, roleId, from, to),
  }));
  const names = await findDisplayNames(deps.db, caller.projectId, [
    ...new Set(roles.flatMap((r) => r.shifts.map((s) => s.user_id))),
  ]);
  return roles.map(({ roleId, shifts }) => ({
    role_id: roleId,
    shifts: shifts.map((s) => toShiftView(s, names)),
  }));
}

/** A user's shifts in every scene and role over [from, to), in time order. */
export async function userShifts(deps: Deps, caller: Caller, userId: string, from: number, to: number) {
  checkRange(from, to);
  const shifts: Array<{ scene_id: string; role_id: string; shift: Shift }> = [];
  for (const { sceneId } of await listSceneIds(deps.db, caller.projectId)) {
    const scene = await loadScene(deps, caller.projectId, sceneId);
    for (const roleId of scene.roles.keys())
      for (const shift of timeline(scene, roleId, from, to))
        if (shift.user_id === userId) shifts.push({ scene_id: sceneId, role_id: roleId, shift });
  }
  shifts.sort((a, b) => a.shift.start - b.shift.start);
  const names = await findDisplayNames(deps.db, caller.projectId, [userId]);
  return shifts.map((s) => ({ scene_id: s.scene_id, role_id: s.role_id, ...toShiftView(s.shift, names) }));
}
