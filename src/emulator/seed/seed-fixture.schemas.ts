import { type Static, type TObject, type TProperties, Type } from "@sinclair/typebox";
import { CustomEventBody } from "../../alarms/events/custom-event.ts";
import { NewApplicationBody, NewUserBody } from "../../directory/directory.schemas.ts";
import { Str } from "../../http/wire-types.ts";
import { CreateIncidentBody } from "../../incidents/incident.schemas.ts";
import { TransferRuleBody } from "../../transfer-rules/transfer-rule.schemas.ts";
import { CreateWarRoomBody } from "../../warrooms/warroom.schemas.ts";

/*
 * The emulator's seed fixture (docs/emulator.md, "Seed fixtures"). Each kind's entries are the body of the
 * API call that would create them (the same TypeBox schemas), plus the facts a fixture may fix: when
 * (`create_time`, each history step's `at`), the incident number, and the workflow history.
 */

/** An instant: epoch milliseconds, or an ISO-8601 date-time with its offset (`2024-03-18T13:22:03Z`). */
export const SeedTime = Type.Union(
  [Type.Integer({ minimum: 0, maximum: 8_640_000_000_000_000 }), Type.String({ format: "date-time" })],
  { "x-expected": "epoch milliseconds or an ISO-8601 date-time with an offset" },
);
export type SeedTime = Static<typeof SeedTime>;

const strict = <T extends TProperties>(properties: T, description?: string): TObject<T> =>
  Type.Object(properties, { additionalProperties: false, ...(description ? { description } : {}) });

export const SeedHistoryStep = strict(
  {
    action: Str(64, {
      minLength: 1,
      description: "A v2 workflow action key (GET /v1/workflow), e.g. accepted.",
    }),
    at: SeedTime,
    operator: Type.Optional(Str(255, { minLength: 1, description: "Default: the incident's creator." })),
    params: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), { description: "The action's params." }),
    ),
  },
  "One workflow action, taken at `at` as through POST /v2/incidents/{id}/actions.",
);

export const SeedIncident = strict(
  {
    ...CreateIncidentBody.properties,
    incident_num: Type.Optional(
      Type.String({
        pattern: "^IM[0-9]{24}$",
        "x-expected": '"IM" + UTC yyyyMMddHHmmss + 10 digits',
        description: "Default: numbered from create_time as a create would be.",
      }),
    ),
    create_time: Type.Optional(SeedTime),
    history: Type.Optional(Type.Array(SeedHistoryStep, { maxItems: 1000 })),
  },
  "CreateCocIncident's body, plus its number, creation time and workflow history.",
);

export const SeedCatalogueEntry = strict({
  field: Type.String({ enum: ["incident_type", "incident_ownership"] }),
  key: Str(255, { minLength: 1 }),
  name_zh: Str(255, { minLength: 1 }),
  name_en: Str(255, { minLength: 1 }),
});

export const SeedAlarm = strict(
  {
    ...CustomEventBody.properties,
    integration: Type.Optional(
      Str(100, { minLength: 1, description: 'The custom integration that received it (default "seed").' }),
    ),
    received_at: Type.Optional(SeedTime),
  },
  "ReportCustomEvent's body, received by a custom integration of that name (created when missing).",
);

export const SeedTransferRule = strict({
  ...TransferRuleBody.properties,
  create_time: Type.Optional(SeedTime),
});

export const SeedWarRoom = strict(
  {
    ...CreateWarRoomBody.properties,
    create_time: Type.Optional(SeedTime),
    operator: Type.Optional(Str(255, { minLength: 1, description: "Default: war_room_admin." })),
    status_changes: Type.Optional(
      Type.Array(strict({ status: Type.String({ enum: ["3", "7", "20"] }), at: SeedTime }), { maxItems: 3 }),
    ),
  },
  "CreateWarRoom's body, plus when it started and its later status changes (3, 7, 20 = closed).",
);

export const SeedFixture = strict({
  version: Type.Optional(Type.Literal(1)),
  project_id: Type.Optional(Str(64, { minLength: 1 })),
  users: Type.Optional(
    Type.Array(strict({ ...NewUserBody.properties, create_time: Type.Optional(SeedTime) })),
  ),
  applications: Type.Optional(
    Type.Array(strict({ ...NewApplicationBody.properties, create_time: Type.Optional(SeedTime) })),
  ),
  catalogue: Type.Optional(Type.Array(SeedCatalogueEntry)),
  transfer_rules: Type.Optional(Type.Array(SeedTransferRule)),
  incidents: Type.Optional(Type.Array(SeedIncident)),
  warrooms: Type.Optional(Type.Array(SeedWarRoom)),
  alarms: Type.Optional(Type.Array(SeedAlarm)),
});
export type SeedFixture = Static<typeof SeedFixture>;
export type SeedIncident = Static<typeof SeedIncident>;
export type SeedWarRoom = Static<typeof SeedWarRoom>;
export type SeedAlarm = Static<typeof SeedAlarm>;
