import { Type } from "@sinclair/typebox";
import { Str } from "../http/wire-types.ts";
import type { EmulatorClock } from "./emulator-clock.ts";

export const ResetBody = Type.Object(
  {
    to: Type.Optional(
      Type.Union([Type.Literal("empty"), Type.Literal("seed")], {
        "x-expected": 'one of "empty", "seed"',
        description: '"empty" (the default): only the credentials; "seed": as after the last seed.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ClockBody = Type.Object(
  {
    set: Type.Optional(
      Str(64, { description: "An ISO-8601 date-time with an offset, e.g. 2026-01-01T00:00:00Z." }),
    ),
    advance: Type.Optional(
      Str(64, { description: "An ISO-8601 duration, e.g. PT15M or P1D (applied after set)." }),
    ),
    freeze: Type.Optional(
      Type.Boolean({ description: "true: stop the clock (after set/advance); false: let it run." }),
    ),
  },
  { additionalProperties: false },
);

export const ClockView = Type.Object({
  now: Type.String({ description: "The emulated time, ISO-8601 UTC." }),
  now_ms: Type.Integer({ description: "The same, epoch milliseconds." }),
  frozen: Type.Boolean(),
});

export function clockView(clock: EmulatorClock) {
  const now = clock.now();
  return { now: new Date(now).toISOString(), now_ms: now, frozen: clock.frozen };
}

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

export const FaultBody = Type.Object(
  {
    method: Type.Optional(
      Type.Union(
        HTTP_METHODS.map((m) => Type.Literal(m)),
        { "x-expected": `one of ${HTTP_METHODS.join(", ")}` },
      ),
    ),
    path: Type.Optional(
      Str(2048, {
        pattern: "^/",
        description: "Exact path (no query, no path prefix), or a prefix ending in *.",
      }),
    ),
    operation: Type.Optional(
      Str(128, { minLength: 1, description: "A COC operation name, e.g. CreateCocIncident." }),
    ),
    count: Type.Integer({
      minimum: 1,
      maximum: 1_000_000,
      description: "How many matching requests it applies to.",
    }),
    status: Type.Optional(Type.Integer({ minimum: 400, maximum: 599 })),
    error_code: Type.Optional(Str(64, { pattern: "^[A-Za-z0-9._-]+$", description: "e.g. APIG.0308" })),
    delay_ms: Type.Optional(Type.Integer({ minimum: 0, maximum: 600_000 })),
    reset_connection: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const FaultView = Type.Object({
  id: Type.Integer(),
  method: Type.Optional(Type.String()),
  path: Type.Optional(Type.String()),
  operation: Type.Optional(Type.String()),
  count: Type.Integer(),
  remaining: Type.Integer(),
  status: Type.Optional(Type.Integer()),
  error_code: Type.Optional(Type.String()),
  delay_ms: Type.Optional(Type.Integer()),
  reset_connection: Type.Optional(Type.Boolean()),
});

export const JournalQuery = Type.Object(
  {
    operation: Type.Optional(Str(128, { minLength: 1 })),
    incident_num: Type.Optional(Str(64, { minLength: 1 })),
    since: Type.Optional(Str(64, { description: "ISO-8601 date-time: entries received at or after it." })),
  },
  { additionalProperties: false },
);

export const JournalEntryView = Type.Object({
  seq: Type.Integer(),
  time: Type.String(),
  operation: Type.Unsafe<string | null>({ type: "string", nullable: true }),
  method: Type.String(),
  path: Type.String(),
  query: Type.Record(Type.String(), Type.Unknown()),
  headers: Type.Record(Type.String(), Type.String()),
  body: Type.Unknown(),
  body_truncated: Type.Boolean(),
  status: Type.Unsafe<number | null>({ type: "integer", nullable: true }),
  incident_num: Type.Unsafe<string | null>({ type: "string", nullable: true }),
});
