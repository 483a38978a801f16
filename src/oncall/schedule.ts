import { DateTime } from "luxon";
import { invalidParameter } from "../errors.ts";
import {
  type CompiledRotation,
  compileRotation,
  handoffs,
  type OnCall,
  type Override,
  restrictionEdges,
  rotationOnCall,
  type SceneDocument,
} from "./oncall.ts";

/** A scene document checked and parsed once: what the point queries and the timeline read. */
export interface CompiledScene {
  document: SceneDocument;
  roles: Map<string, CompiledRotation[]>;
  overrides: Array<Override & { startMs: number; endMs: number }>;
}

/** One stretch of the final schedule (after overrides): who is on call from `start` to `end`. */
export interface Shift {
  user_id: string;
  start: number;
  end: number;
  source: OnCall["source"];
}

function instant(value: string, field: string): number {
  const t = DateTime.fromISO(value, { setZone: true });
  if (!t.isValid)
    throw invalidParameter(field, "must be an ISO-8601 instant, e.g. 2026-03-29T09:00:00+02:00");
  return t.toMillis();
}

/** Checks a scene document (errors name the field) and parses it. */
export function compileScene(document: SceneDocument): CompiledScene {
  const roles = new Map<string, CompiledRotation[]>();
  for (const [i, role] of document.roles.entries()) {
    if (roles.has(role.role_id))
      throw invalidParameter(`roles[${i}].role_id`, `${role.role_id} is listed twice`);
    roles.set(
      role.role_id,
      role.rotations.map((r, j) => compileRotation(r, `roles[${i}].rotations[${j}]`)),
    );
  }
  const overrides = (document.overrides ?? []).map((o, i) => {
    if (!roles.has(o.role_id))
      throw invalidParameter(`overrides[${i}].role_id`, `no role ${o.role_id} in the scene`);
    const startMs = instant(o.start, `overrides[${i}].start`);
    const endMs = instant(o.end, `overrides[${i}].end`);
    if (endMs <= startMs) throw invalidParameter(`overrides[${i}].end`, "must be later than start");
    return { ...o, startMs, endMs };
  });
  return { document, roles, overrides };
}

/** Who is on call for a role at `at`: the first rotation that covers it, then the overrides (the last wins). */
export function onCallAt(scene: CompiledScene, roleId: string, at: number): OnCall | null {
  let result: OnCall | null = null;
  for (const rotation of scene.roles.get(roleId) ?? []) {
    const user = rotationOnCall(rotation, at);
    if (user !== null) {
      result = { user_id: user, source: "rotation" };
      break;
    }
  }
  const base = result?.user_id ?? null;
  for (const o of scene.overrides) {
    if (o.role_id !== roleId || at < o.startMs || at >= o.endMs) continue;
    if (o.replaces && o.replaces !== base) continue;
    result = { user_id: o.user_id, source: "override" };
  }
  return result;
}

/**
 * The final schedule of a role over [from, to) as shifts: a new shift at every hand-off and wherever the
 * person or the source changes; pieces of one person's shift split by other edges are joined.
 */
export function timeline(scene: CompiledScene, roleId: string, from: number, to: number): Shift[] {
  const edges = new Set<number>([from]);
  const hard = new Set<number>();
  for (const rotation of scene.roles.get(roleId) ?? []) {
    for (const t of handoffs(rotation, from, to)) {
      edges.add(t);
      hard.add(t);
    }
    for (const t of restrictionEdges(rotation, from, to)) edges.add(t);
  }
  for (const o of scene.overrides) {
    if (o.role_id !== roleId) continue;
    for (const t of [o.startMs, o.endMs]) if (t > from && t < to) edges.add(t);
  }
  const points = [...edges].sort((a, b) => a - b);
  const shifts: Shift[] = [];
  for (const [i, start] of points.entries()) {
    const end = points[i + 1] ?? to;
    const who = onCallAt(scene, roleId, start);
    const last = shifts.at(-1);
    const joins = last?.end === start && !hard.has(start);
    if (who && last && joins && last.user_id === who.user_id && last.source === who.source) {
      last.end = end;
    } else if (who) {
      shifts.push({ user_id: who.user_id, start, end, source: who.source });
    }
  }
  return shifts;
}

/** The longest shift of any rotation of the scene (how far around an instant its shift can reach). */
function reach(scene: CompiledScene): number {
  let longest = 86_400_000;
  for (const rotations of scene.roles.values())
    for (const r of rotations) longest = Math.max(longest, r.approxMs * 1.1 + 3_600_000);
  for (const o of scene.overrides) longest = Math.max(longest, o.endMs - o.startMs);
  return longest;
}

/** Who is on call at `at` and the stretch of the final schedule they are on call for. */
export function shiftAt(scene: CompiledScene, roleId: string, at: number): Shift | null {
  const span = reach(scene);
  return timeline(scene, roleId, at - span, at + span).find((s) => s.start <= at && at < s.end) ?? null;
}
