import { Type } from "@sinclair/typebox";
import { DateTime } from "luxon";
import { invalidParameter } from "../errors.ts";
import { Str } from "../http/wire-types.ts";

const Id = (description: string) => Str(255, { minLength: 1, description });
const LocalTime = (description: string) =>
  Type.String({
    pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$",
    "x-expected": 'a local time "HH:mm"',
    description,
  });

export const RestrictionSchema = Type.Object({
  days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
    minItems: 1,
    maxItems: 7,
    description: "ISO weekdays the window starts on: 1 = Monday … 7 = Sunday.",
  }),
  from: LocalTime("Local start of the window."),
  to: LocalTime("Local end; at or before `from`: the window runs past midnight."),
});

export const RotationSchema = Type.Object({
  participants: Type.Array(Id("A directory user id."), { minItems: 1, maxItems: 200 }),
  shift: Str(32, { minLength: 2, description: "ISO-8601 duration of one shift: PT12H, P1D, P1W …" }),
  handoff: LocalTime("Local time of every hand-off."),
  time_zone: Str(64, { minLength: 1, description: "IANA time zone, e.g. Europe/Berlin." }),
  start: Type.String({
    pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    "x-expected": 'a local date "YYYY-MM-DD"',
    description: "Local date the first participant starts, at `handoff`.",
  }),
  restrictions: Type.Optional(Type.Array(RestrictionSchema, { maxItems: 20 })),
});

export const OverrideSchema = Type.Object({
  role_id: Id("The role covered."),
  user_id: Id("Who is on call instead (a directory user id)."),
  start: Str(40, { minLength: 1, description: "ISO-8601 instant the override starts." }),
  end: Str(40, { minLength: 1, description: "ISO-8601 instant it ends (exclusive)." }),
  replaces: Type.Optional(
    Type.Union([Id("Only while this user would be on call."), Type.Null()], {
      "x-expected": "a user id or null",
    }),
  ),
});

export const EscalationSchema = Type.Object({
  steps: Type.Array(
    Type.Object({
      after_minutes: Type.Integer({
        minimum: 1,
        maximum: 10_080,
        description: "Minutes after the previous step (or the assignment).",
      }),
      role_id: Type.Optional(Id("Whoever is on call for this role of the scene.")),
      user_id: Type.Optional(Id("This directory user.")),
    }),
    { minItems: 1, maxItems: 20 },
  ),
  repeat: Type.Optional(
    Type.Integer({ minimum: 0, maximum: 9, description: "Runs through the steps again this many times." }),
  ),
});

export const SceneDocumentSchema = Type.Object({
  name: Str(200, { minLength: 1 }),
  roles: Type.Array(
    Type.Object({
      role_id: Id("COC's assignee_role / role_id."),
      name: Str(200, { minLength: 1 }),
      rotations: Type.Array(RotationSchema, { maxItems: 20 }),
    }),
    { minItems: 1, maxItems: 50 },
  ),
  overrides: Type.Optional(Type.Array(OverrideSchema, { maxItems: 1000 })),
  escalation: Type.Optional(EscalationSchema),
});

export const SceneSchema = Type.Intersect([
  Type.Object({ scene_id: Type.String(), version: Type.Integer() }),
  SceneDocumentSchema,
]);

export const SceneParam = Type.Object({ scene_id: Id("COC's assignee_scene / scene_id.") });

/** One rotation of one role: the path of the participant edits. */
export const RotationParams = Type.Object({
  scene_id: Id("COC's assignee_scene / scene_id."),
  role_id: Id("COC's assignee_role / role_id."),
  index: Type.Integer({ minimum: 0, description: "0-based place of the rotation in the role." }),
});

export const ShiftSchema = Type.Object({
  user_id: Type.String(),
  display_name: Type.String(),
  shift_start: Type.String({ description: "ISO-8601 (UTC)." }),
  shift_end: Type.String({ description: "ISO-8601 (UTC), exclusive." }),
  source: Type.Union([Type.Literal("rotation"), Type.Literal("override")]),
});

export const RangeQuery = Type.Object({
  from: Str(40, { minLength: 1, description: "ISO-8601 instant." }),
  to: Str(40, { minLength: 1, description: "ISO-8601 instant (at most 93 days after from)." }),
});

/** An ISO-8601 instant from a query string, or the 400 naming it. */
export function instantOf(value: string, field: string): number {
  const t = DateTime.fromISO(value, { setZone: true });
  if (!t.isValid)
    throw invalidParameter(field, "must be an ISO-8601 instant, e.g. 2026-03-29T09:00:00+02:00");
  return t.toMillis();
}
