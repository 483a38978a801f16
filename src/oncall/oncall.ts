import { DateTime, Duration, IANAZone } from "luxon";
import { invalidParameter } from "../errors.ts";

/**
 * On-call schedules as documents (docs/oncall.md). A scene (COC's `assignee_scene` / `scene_id`) has
 * roles (`assignee_role` / `role_id`); each role has rotations and the scene has overrides. All time-zone
 * arithmetic is Luxon's: a daily 09:00 Europe/Berlin hand-off stays 09:00 local across DST changes.
 */

/** A weekly window in the rotation's time zone during which the rotation covers the role. */
export interface Restriction {
  /** ISO weekdays, 1 = Monday … 7 = Sunday; the window starts on these days. */
  days: number[];
  /** Local start and end, "HH:mm"; an end at or before the start runs past midnight. */
  from: string;
  to: string;
}

export interface Rotation {
  participants: string[];
  /** ISO-8601 duration: PT12H, P1D, P1W … */
  shift: string;
  /** Local time of the hand-off, "HH:mm". */
  handoff: string;
  /** IANA time zone. */
  time_zone: string;
  /** Local date the first participant starts (at `handoff`), "YYYY-MM-DD". */
  start: string;
  restrictions?: Restriction[];
}

export interface OnCallRole {
  role_id: string;
  name: string;
  rotations: Rotation[];
}

export interface Override {
  role_id: string;
  user_id: string;
  /** ISO-8601 instants; the override covers [start, end). */
  start: string;
  end: string;
  /** Only while this user would be on call (covering for someone); absent: for the whole role. */
  replaces?: string | null;
}

/** One escalation step: after this many minutes more without acceptance, the incident goes to the target. */
export interface EscalationStep {
  after_minutes: number;
  /** Whoever is on call for this role of the scene then … */
  role_id?: string;
  /** … or this user. */
  user_id?: string;
}

export interface EscalationPolicy {
  steps: EscalationStep[];
  /** How many more times to run through the steps after the last one (default 0). */
  repeat?: number;
}

export interface SceneDocument {
  name: string;
  roles: OnCallRole[];
  overrides?: Override[];
  escalation?: EscalationPolicy;
}

export interface OnCall {
  user_id: string;
  source: "rotation" | "override";
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A rotation parsed once: the zone, the origin (first hand-off) and the shift length. */
export interface CompiledRotation {
  rotation: Rotation;
  origin: DateTime;
  shift: Duration;
  /** Approximate shift length (for the first guess of a shift index). */
  approxMs: number;
  /** The shift's exact length when it has no calendar units (hours, minutes): plain arithmetic then. */
  exactMs: number | null;
  originMs: number;
}

function checkTime(value: string, field: string): void {
  if (!HH_MM.test(value)) throw invalidParameter(field, 'must be a local time "HH:mm"');
}

export function compileRotation(rotation: Rotation, field: string): CompiledRotation {
  if (!IANAZone.isValidZone(rotation.time_zone))
    throw invalidParameter(`${field}.time_zone`, "must be an IANA time zone name, e.g. Europe/Berlin");
  checkTime(rotation.handoff, `${field}.handoff`);
  if (!DATE.test(rotation.start))
    throw invalidParameter(`${field}.start`, 'must be a local date "YYYY-MM-DD"');
  const origin = DateTime.fromISO(`${rotation.start}T${rotation.handoff}`, { zone: rotation.time_zone });
  if (!origin.isValid) throw invalidParameter(`${field}.start`, "is not a valid date");
  const shift = Duration.fromISO(rotation.shift);
  const approxMs = shift.isValid ? shift.as("milliseconds") : Number.NaN;
  if (!shift.isValid || !(approxMs >= 60_000))
    throw invalidParameter(
      `${field}.shift`,
      "must be an ISO-8601 duration of at least one minute (PT12H, P1D, P1W)",
    );
  if (rotation.participants.length === 0)
    throw invalidParameter(`${field}.participants`, "must name at least one user");
  for (const [i, r] of (rotation.restrictions ?? []).entries()) {
    checkTime(r.from, `${field}.restrictions[${i}].from`);
    checkTime(r.to, `${field}.restrictions[${i}].to`);
    if (r.days.length === 0 || r.days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
      throw invalidParameter(
        `${field}.restrictions[${i}].days`,
        "must list ISO weekdays 1 (Monday) … 7 (Sunday)",
      );
  }
  const calendar =
    shift.years !== 0 || shift.quarters !== 0 || shift.months !== 0 || shift.weeks !== 0 || shift.days !== 0;
  return {
    rotation,
    origin,
    shift,
    approxMs,
    exactMs: calendar ? null : approxMs,
    originMs: origin.toMillis(),
  };
}

/** The instant shift `k` starts (shift 0 at the origin); calendar units follow the zone's local time. */
export function shiftStart(c: CompiledRotation, k: number): DateTime {
  if (c.exactMs !== null)
    return DateTime.fromMillis(c.originMs + k * c.exactMs, { zone: c.rotation.time_zone });
  return c.origin.plus(c.shift.mapUnits((x) => x * k));
}

/** shiftStart as epoch milliseconds. */
export function shiftStartMs(c: CompiledRotation, k: number): number {
  return c.exactMs !== null ? c.originMs + k * c.exactMs : shiftStart(c, k).toMillis();
}

/** The index of the shift holding `at` (negative before the first hand-off). */
export function shiftIndex(c: CompiledRotation, at: number): number {
  let k = Math.floor((at - c.originMs) / c.approxMs);
  if (c.exactMs !== null) return k;
  while (shiftStartMs(c, k) > at) k--;
  while (shiftStartMs(c, k + 1) <= at) k++;
  return k;
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Whether a restriction window holds `at` (a local time in the rotation's zone). */
function restrictionHolds(r: Restriction, local: DateTime): boolean {
  const now = local.hour * 60 + local.minute + local.second / 60;
  const from = minutesOf(r.from);
  const to = minutesOf(r.to);
  if (from < to) return r.days.includes(local.weekday) && now >= from && now < to;
  // Runs past midnight: from `from` on a listed day to `to` the next day.
  const yesterday = local.weekday === 1 ? 7 : local.weekday - 1;
  return (r.days.includes(local.weekday) && now >= from) || (r.days.includes(yesterday) && now < to);
}

/** Who a rotation puts on call at `at` (null: before its start, or outside its restrictions). */
export function rotationOnCall(c: CompiledRotation, at: number, knownIndex?: number): string | null {
  const k = knownIndex ?? shiftIndex(c, at);
  if (k < 0) return null;
  const restrictions = c.rotation.restrictions ?? [];
  if (restrictions.length > 0) {
    const local = DateTime.fromMillis(at, { zone: c.rotation.time_zone });
    if (!restrictions.some((r) => restrictionHolds(r, local))) return null;
  }
  const n = c.rotation.participants.length;
  return c.rotation.participants[((k % n) + n) % n] as string;
}

/** The instants in [from, to) where a rotation's restrictions start or end. */
export function restrictionEdges(c: CompiledRotation, from: number, to: number): number[] {
  const edges: number[] = [];
  const zone = c.rotation.time_zone;
  let day = DateTime.fromMillis(from, { zone }).startOf("day").minus({ days: 1 });
  while (day.toMillis() < to) {
    for (const r of c.rotation.restrictions ?? []) {
      for (const hhmm of [r.from, r.to]) {
        const t = DateTime.fromISO(`${day.toISODate()}T${hhmm}`, { zone }).toMillis();
        if (t >= from && t < to) edges.push(t);
      }
    }
    day = day.plus({ days: 1 });
  }
  return edges;
}
