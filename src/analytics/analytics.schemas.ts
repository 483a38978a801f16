import { Type } from "@sinclair/typebox";
import { IntegerOrNull, Str } from "../http/wire-types.ts";
import { GROUPINGS, INTERVALS } from "./analytics.ts";

const literals = <T extends string>(values: readonly T[]) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { "x-expected": values.join(", ") },
  );

export const AnalyticsQuerySchema = Type.Object({
  from: Str(64, {
    minLength: 1,
    description: "Start of the range (inclusive): ISO 8601; a date or a time without offset is in tz.",
  }),
  to: Str(64, {
    minLength: 1,
    description:
      "End of the range (exclusive), after from: at most 366 days after it with interval=day, 1830 otherwise.",
  }),
  interval: Type.Optional({ ...literals(INTERVALS), description: "Calendar buckets in tz (default day)." }),
  group_by: Type.Optional({
    ...literals(GROUPINGS),
    description: "Split every bucket by this (current) value.",
  }),
  tz: Type.Optional(
    Str(64, { minLength: 1, description: "IANA time zone (default UTC), e.g. Asia/Shanghai." }),
  ),
  format: Type.Optional({
    ...literals(["json", "csv"] as const),
    description: "json (default) or csv; without it, an Accept header naming text/csv selects CSV.",
  }),
});

const Duration = {
  measured: Type.Integer({ description: "Incidents whose duration ended (in the mean and percentiles)." }),
  mean_ms: IntegerOrNull,
  p50_ms: IntegerOrNull,
  p90_ms: IntegerOrNull,
  censored: Type.Integer({ description: "Still open without the end: counted here, in no mean." }),
};

export const AnalyticsRowSchema = Type.Object({
  bucket: Type.String({ description: "2026-03-29 (day), 2026-W13 (ISO week) or 2026-03 (month), in tz." }),
  start: Type.String({ description: "The bucket's start within the range, ISO 8601 with tz's offset." }),
  end: Type.String(),
  group: Type.Union([Type.String(), Type.Null()]),
  created: Type.Integer(),
  accepted: Type.Integer(),
  resolved: Type.Integer(),
  closed: Type.Integer(),
  open: Type.Integer(),
  mtta: Type.Object({
    ...Duration,
    never: Type.Integer({ description: "Closed without ever being accepted (a rejection accepted)." }),
  }),
  mttr: Type.Object(Duration),
});

export const IncidentAnalyticsSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  tz: Type.String(),
  interval: Type.String(),
  group_by: Type.Union([Type.String(), Type.Null()]),
  rows: Type.Array(AnalyticsRowSchema),
});

export const OpenIncidentsSchema = Type.Object({
  total: Type.Integer({ description: "The project's incidents not closed (not at an end node), now." }),
  rows: Type.Array(
    Type.Object({
      level: Type.String({ description: "incident_level key, e.g. level_10 (P1)." }),
      status: Type.String({
        description: "INCIDENT_STATUS_TRIGGERED, …_ACKNOWLEDGED, …_RESOLVED, …_REJECTED.",
      }),
      count: Type.Integer({ minimum: 1 }),
    }),
    { description: "One row per level and status that has open incidents, sorted by level, then status." },
  ),
});
