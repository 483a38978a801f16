import { AppError, invalidParameter } from "../errors.ts";
import type { OnCallRole, Rotation, SceneDocument } from "./oncall.ts";

/*
 * The piecewise edits of a scene document, as pure functions from document to document. The result goes
 * through the same whole-document check and store as a PUT (oncall.service.ts: editScene).
 */

function roleIndexOf(document: SceneDocument, roleId: string): number {
  const index = document.roles.findIndex((r) => r.role_id === roleId);
  if (index < 0) {
    const roles = document.roles.map((r) => r.role_id).join(", ");
    throw invalidParameter("role_id", `no role ${roleId} in the scene (its roles: ${roles})`);
  }
  return index;
}

/** The document with one rotation of one role replaced by `change(rotation)`. */
function withRotation(
  document: SceneDocument,
  roleId: string,
  rotationIndex: number,
  change: (rotation: Rotation) => Rotation,
): SceneDocument {
  const r = roleIndexOf(document, roleId);
  const role = document.roles[r] as OnCallRole;
  const rotation = role.rotations[rotationIndex];
  if (!rotation)
    throw invalidParameter(
      "index",
      `no rotation ${rotationIndex} in role ${roleId} (its rotations: 0 to ${role.rotations.length - 1})`,
    );
  const rotations = role.rotations.map((x, i) => (i === rotationIndex ? change(x) : x));
  return { ...document, roles: document.roles.map((x, i) => (i === r ? { ...role, rotations } : x)) };
}

/** Adds a participant at `position` (0-based; default: last). Everyone after it moves one shift later. */
export function addParticipant(
  document: SceneDocument,
  roleId: string,
  rotationIndex: number,
  userId: string,
  position?: number,
): SceneDocument {
  return withRotation(document, roleId, rotationIndex, (rotation) => {
    const participants = rotation.participants;
    if (participants.includes(userId))
      throw new AppError("CONFLICT", `user_id: ${userId} is already a participant of the rotation`);
    const at = position ?? participants.length;
    if (at > participants.length)
      throw invalidParameter(
        "position",
        `must be at most ${participants.length} (the number of participants)`,
      );
    return { ...rotation, participants: [...participants.slice(0, at), userId, ...participants.slice(at)] };
  });
}

/** Removes a participant (every place they hold in the rotation); a rotation keeps at least one. */
export function removeParticipant(
  document: SceneDocument,
  roleId: string,
  rotationIndex: number,
  userId: string,
): SceneDocument {
  return withRotation(document, roleId, rotationIndex, (rotation) => {
    const participants = rotation.participants.filter((p) => p !== userId);
    if (participants.length === rotation.participants.length)
      throw new AppError("RESOURCE_NOT_FOUND", `user_id: ${userId} is not a participant of the rotation`);
    if (participants.length === 0)
      throw invalidParameter(
        "user_id",
        `${userId} is the rotation's only participant (remove the rotation with PUT instead)`,
      );
    return { ...rotation, participants };
  });
}

/** Removes the override at `index` (0-based, in the document's order). */
export function removeOverride(document: SceneDocument, index: number): SceneDocument {
  const overrides = document.overrides ?? [];
  if (index >= overrides.length)
    throw new AppError(
      "RESOURCE_NOT_FOUND",
      `index: no override ${index} in the scene (it has ${overrides.length})`,
    );
  return { ...document, overrides: overrides.filter((_, i) => i !== index) };
}
