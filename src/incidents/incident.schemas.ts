import { type Static, Type } from "@sinclair/typebox";
import {
  BoolLike,
  EpochMsLike,
  IntegerOrNull,
  Nullable,
  ONE_STRING_ARRAY_EXPECTED,
  OneStringArray,
  Str,
} from "../http/wire-types.ts";

export const IncidentNumParam = Type.Object({
  incident_num: Str(255, { minLength: 1, description: "Incident number, e.g. IM202403181322030178042608." }),
});

/** CreateExternalIncidentRequest (COC API reference, CreateCocIncident). Unknown fields are ignored. */
export const CreateIncidentBody = Type.Object({
  region: Nullable(OneStringArray("Region code; only one value is supported."), ONE_STRING_ARRAY_EXPECTED),
  enterprise_project: Nullable(
    OneStringArray('Enterprise project id ("0" = default).'),
    ONE_STRING_ARRAY_EXPECTED,
  ),
  current_cloud_service: Nullable(OneStringArray("Owning application id."), ONE_STRING_ARRAY_EXPECTED),
  incident_level: Str(255, { minLength: 1, description: "Level key, level_10 (P1) … level_50 (P5)." }),
  is_service_interrupt: BoolLike,
  incident_type: Str(255, { minLength: 1, description: "Incident type key (built-in or project-defined)." }),
  incident_title: Str(200, { minLength: 1 }),
  incident_description: Nullable(Str(600), "a string of at most 600 characters"),
  incident_source: Str(255, {
    minLength: 1,
    description: "incident_source_manual, incident_source_forwarding or incident_source_alarm.",
  }),
  incident_assignee: Nullable(OneStringArray("Owner user id (one)."), ONE_STRING_ARRAY_EXPECTED),
  assignee_scene: Nullable(
    Str(255, { description: "On-call scene id." }),
    "a string of at most 255 characters",
  ),
  assignee_role: Nullable(
    Str(255, { description: "On-call role id." }),
    "a string of at most 255 characters",
  ),
  creator: Str(255, { minLength: 1, description: "Creator user id." }),
  incident_ownership: Nullable(Str(255), "a string of at most 255 characters"),
  start_time: Type.Optional(EpochMsLike),
});
export type CreateIncidentBody = Static<typeof CreateIncidentBody>;

export const EnumDataSchema = Type.Object({
  filed_key: Type.String({ description: "Field key (COC's spelling), v2 field name." }),
  enum_key: Type.String(),
  name_zh: Type.String(),
  name_en: Type.String(),
});

/** ShowCocIncidentDetail `data`: the fields of COC's documented example and model (COC API reference). */
export const IncidentDetailSchema = Type.Object({
  incident_num: Type.String(),
  region: Type.Array(Type.String()),
  enterprise_project: Type.Array(Type.String()),
  current_cloud_service: Type.Array(Type.String()),
  incident_level: Type.String(),
  is_service_interrupt: Type.Boolean(),
  start_time: IntegerOrNull,
  fault_recovery_time: IntegerOrNull,
  fault_delineation_time: IntegerOrNull,
  incident_ownership: Type.String(),
  incident_type: Type.String(),
  incident_title: Type.String(),
  incident_description: Type.String(),
  incident_source: Type.String(),
  incident_assignee: Type.Array(Type.String()),
  assignee_scene: Type.String(),
  assignee_role: Type.String(),
  warroom_id: Type.String(),
  handle_time: IntegerOrNull,
  status: Type.String(),
  create_time: Type.Integer(),
  creator: Type.String(),
  enum_data_list: Type.Array(EnumDataSchema),
});
