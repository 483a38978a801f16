import type { Executor } from "../db/prepared.ts";
import { invalidParameter } from "../errors.ts";
import { findScene } from "./oncall.repository.ts";
import { compileScene, onCallAt } from "./schedule.ts";

/** Who an on-call scene + role resolved to, recorded in the incident's history. */
export interface Resolution {
  scene: string;
  role: string;
  /** The role that had someone on call: the named one, or a later role of the scene (the fallback). */
  resolved_role: string;
  user_id: string;
  source: "rotation" | "override";
}

/**
 * COC names an on-call scene and role where it wants "the person on call": resolves them at `at`. A
 * scene or role that does not exist is the caller's error (naming the field as sent). When nobody is on
 * call for the role, the scene's later roles are tried in their order (e.g. primary → secondary →
 * manager); null when none has anyone.
 */
export async function resolveOnCall(
  db: Executor,
  projectId: string,
  ask: { scene: string; role: string },
  at: number,
  fields: { scene: string; role: string },
): Promise<Resolution | null> {
  const stored = await findScene(db, projectId, ask.scene);
  if (!stored) {
    throw invalidParameter(
      fields.scene,
      `no on-call scene ${ask.scene} in this project (define it with PUT /incidentd/v1/oncall/scenes/${ask.scene})`,
    );
  }
  const scene = compileScene(stored.document);
  const roles = [...scene.roles.keys()];
  const index = roles.indexOf(ask.role);
  if (index < 0) {
    throw invalidParameter(
      fields.role,
      `no role ${ask.role} in on-call scene ${ask.scene} (its roles: ${roles.join(", ")})`,
    );
  }
  for (const role of roles.slice(index)) {
    const who = onCallAt(scene, role, at);
    if (who)
      return {
        scene: ask.scene,
        role: ask.role,
        resolved_role: role,
        user_id: who.user_id,
        source: who.source,
      };
  }
  return null;
}
