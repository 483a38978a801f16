import { type Static, Type } from "@sinclair/typebox";
import { BoolLike, EpochMsLike, Nullable, Str } from "../http/wire-types.ts";

const stringArray = (maxItems: number, itemMax: number, minLength: number, description: string) =>
  Type.Array(Str(itemMax, { minLength }), { maxItems, description });
const arrayExpected = (maxItems: number, itemMax: number) =>
  `an array of at most ${maxItems} strings of at most ${itemMax} characters`;

/** CreateWarRoomRequestBody (COC API reference, CreateWarRoom). Unknown fields are ignored. */
export const CreateWarRoomBody = Type.Object({
  war_room_name: Str(255, { minLength: 1, description: "WarRoom title." }),
  description: Nullable(Str(255), "a string of at most 255 characters"),
  region_code_list: Nullable(stringArray(1000, 255, 1, "Affected region codes."), arrayExpected(1000, 255)),
  application_id_list: Type.Array(Str(255, { minLength: 1 }), {
    minItems: 1,
    maxItems: 1000,
    description: "Affected application ids (at least one).",
  }),
  incident_number: Str(255, { minLength: 1, description: "The incident the WarRoom is for (IM…)." }),
  schedule_group: Type.Array(
    Type.Object({
      role_id: Str(255, { description: "On-call role id." }),
      scene_id: Str(255, { description: "On-call scene id." }),
    }),
    { maxItems: 1000, description: "On-call groups pulled into the WarRoom." },
  ),
  participant: Nullable(stringArray(1000, 255, 0, "Participant user ids."), arrayExpected(1000, 255)),
  war_room_admin: Str(255, { minLength: 1, description: "Admin user id." }),
  application_names: Nullable(
    stringArray(1000, 255, 0, "Names of application_id_list, position by position."),
    arrayExpected(1000, 255),
  ),
  region_names: Nullable(
    stringArray(1000, 255, 0, "Names of region_code_list, position by position."),
    arrayExpected(1000, 255),
  ),
  enterprise_project_id: Str(64, { minLength: 1, description: 'Enterprise project id ("0" = default).' }),
  notification_type: Nullable(
    Str(64, { description: 'Group channel: WECHAT, DING_TALK, LARK or NULL_GROUP ("" = none).' }),
    "a string of at most 64 characters",
  ),
  notification_modes: Nullable(
    Type.Array(Type.String({ pattern: "^[1-5]$", "x-expected": 'one of "1", "2", "3", "4", "5"' }), {
      maxItems: 5,
      description: 'Notification modes "1" … "5" (meanings undocumented by COC).',
    }),
    'an array of at most 5 of "1" … "5"',
  ),
});
export type CreateWarRoomBody = Static<typeof CreateWarRoomBody>;

const filterArray = (maxItems: number, itemMax: number, description: string) =>
  Nullable(stringArray(maxItems, itemMax, 0, description), arrayExpected(maxItems, itemMax));
const timeBound = (description: string) =>
  Type.Optional(Type.Union(EpochMsLike.anyOf, { description, "x-expected": EpochMsLike["x-expected"] }));

/** ListTenantWarRoomRequestBody (COC API reference, ListWarRoom); every field optional. */
export const ListWarRoomsBody = Type.Object({
  limit: Type.Optional(
    Type.Integer({ minimum: 0, maximum: 1000, description: "Page size (default 10; 0 = no items)." }),
  ),
  offset: Type.Optional(
    Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: "Rows to skip (default 0)." }),
  ),
  current_users: filterArray(1000, 200, "WarRooms whose admin or a participant is one of these users."),
  war_room_nums: filterArray(1000, 255, "These WarRooms; when non-empty every other filter is ignored."),
  incident_num: Nullable(
    Str(64, { description: "Exact incident number." }),
    "a string of at most 64 characters",
  ),
  title: Nullable(
    Str(1000, { description: "Substring of the title (case-sensitive)." }),
    "a string of at most 1000 characters",
  ),
  region_code_list: filterArray(1000, 200, "Any of these region codes."),
  incident_levels: filterArray(1000, 32, "The incident's current level is one of these."),
  impacted_application_ids: filterArray(1000, 200, "Any of these application ids."),
  admin: filterArray(1000, 200, "The admin is one of these users."),
  status: filterArray(100, 10, 'Status ids: "1", "3", "7", "20".'),
  triggered_start_time: timeBound("Created at or after (default: now − 30 days)."),
  triggered_end_time: timeBound("Created at or before (default: now)."),
  occur_start_time: timeBound("Fault occurred at or after (the incident's start_time)."),
  occur_end_time: timeBound("Fault occurred at or before."),
  recover_start_time: timeBound("Recovered at or after."),
  recover_end_time: timeBound("Recovered at or before."),
  notification_level: filterArray(1000, 32, "circular_level is one of these level keys."),
  enterprise_project_ids: filterArray(500, 64, "Any of these enterprise project ids."),
  war_room_num: Nullable(
    Str(255, { description: "Exact WarRoom number." }),
    "a string of at most 255 characters",
  ),
  statistic_flag: Type.Optional(BoolLike),
});
export type ListWarRoomsBody = Static<typeof ListWarRoomsBody>;

const TimeOrNull = Type.Union([Type.Integer(), Type.Null()]);
const Named = (key: "code" | "id") => Type.Object({ [key]: Type.String(), name: Type.String() });

/** WarRoomTenantInfo (COC API reference, ListWarRoom); docs/warrooms.md says which fields incidentd leaves empty. */
export const WarRoomItemSchema = Type.Object(
  {
    id: Type.String({ description: "Same as war_room_num." }),
    title: Type.String(),
    admin: Type.String(),
    recover_member: Type.Array(Type.String(), { description: "The participants." }),
    recover_leader: Type.Array(Type.String(), { description: "Always [] (incidentd has no such role)." }),
    incident: Type.Object({
      id: Type.String({ description: "Incident number." }),
      incident_id: Type.String({ description: "Incident number." }),
      alarm_id: Type.String({ description: 'Always "".' }),
      is_change_event: Type.Boolean({ description: "Always false." }),
      source_id: Type.Union([Type.Integer(), Type.Null()], {
        description: "Always null (COC's ints are undocumented).",
      }),
      failure_level: Type.String({ description: "The incident's current level." }),
      incident_url: Type.String({ description: "Path of the incident's ShowCocIncidentDetail." }),
    }),
    source: Type.String({ description: "The incident's source key." }),
    regions: Type.Array(Named("code")),
    change_num: Type.String({ description: 'Always "".' }),
    occur_time: TimeOrNull,
    recover_time: TimeOrNull,
    fault_cause: Type.String({ description: 'Always "".' }),
    create_time: Type.Integer(),
    first_report_time: TimeOrNull,
    recovery_notification_time: TimeOrNull,
    fault_impact: Type.String({ description: 'Always "".' }),
    description: Type.String(),
    circular_level: Type.String(),
    war_room_status: Type.Object({
      id: Type.String(),
      name_zh: Type.String(),
      name_en: Type.String(),
      type: Type.String(),
    }),
    impacted_application: Type.Array(Named("id")),
    processing_duration: Type.Integer({ description: "Minutes." }),
    restoration_duration: Type.Integer({ description: "Minutes." }),
    war_room_num: Type.String(),
    enterprise_project_id: Type.String(),
    close_time: Type.Union([Type.Integer(), Type.Null()], { description: "incidentd extension." }),
  },
  { title: "WarRoomTenantInfo" },
);

export const ListWarRoomsData = Type.Object({
  list: Type.Array(WarRoomItemSchema),
  total: Type.Integer({ description: "WarRooms matching the query." }),
  running_num: Type.Integer({ description: "Of those matching every filter but status: not closed." }),
  closed_num: Type.Integer({ description: "Of those matching every filter but status: closed." }),
  total_num: Type.Integer({ description: "Matching every filter but status (running_num + closed_num)." }),
});

export const WarRoomNumParam = Type.Object({
  war_room_num: Str(255, { minLength: 1, description: "WarRoom number, e.g. WR202403181334366050100030." }),
});
