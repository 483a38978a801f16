import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createIncidentVia } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { exampleWarRoom, postWarRoom } from "./warroom-helpers.ts";

const long = (n: number) => "x".repeat(n);
const many = (n: number, item = "a") => Array.from({ length: n }, (_, i) => `${item}${i}`);

/** Each invalid input → 400 GOM.00007256 with a message that names the field and says why. */
const CASES: Array<[string, Record<string, unknown>, RegExp]> = [
  ["rejects a missing war_room_name", { war_room_name: undefined }, /^war_room_name: is required$/],
  ["rejects an empty war_room_name", { war_room_name: "" }, /^war_room_name: must not be empty$/],
  [
    "rejects a war_room_name longer than 255 characters",
    { war_room_name: long(256) },
    /^war_room_name: must be at most 255 characters$/,
  ],
  ["rejects a numeric war_room_name", { war_room_name: 7 }, /^war_room_name: must be a string$/],
  [
    "rejects a description longer than 255 characters",
    { description: long(256) },
    /^description: must be .*255 characters/,
  ],
  [
    "rejects a region_code_list of 1001 items",
    { region_code_list: many(1001) },
    /^region_code_list: must be an array of at most 1000 strings/,
  ],
  [
    "rejects an empty region code",
    { region_code_list: ["cn-north-4", ""] },
    /^region_code_list: must be an array of at most 1000 strings of at most 255 characters, or null$/,
  ],
  [
    "rejects a missing application_id_list",
    { application_id_list: undefined },
    /^application_id_list: is required$/,
  ],
  [
    "rejects an empty application_id_list",
    { application_id_list: [] },
    /^application_id_list: must have at least 1 item$/,
  ],
  [
    "rejects an application_id_list of 1001 items",
    { application_id_list: many(1001) },
    /^application_id_list: must have at most 1000 items$/,
  ],
  [
    "rejects an application id longer than 255 characters",
    { application_id_list: [long(256)] },
    /^application_id_list\[0\]: must be at most 255 characters$/,
  ],
  [
    "rejects an empty application id",
    { application_id_list: [""] },
    /^application_id_list\[0\]: must not be empty$/,
  ],
  ["rejects a missing incident_number", { incident_number: undefined }, /^incident_number: is required$/],
  ["rejects an empty incident_number", { incident_number: "" }, /^incident_number: must not be empty$/],
  [
    "rejects an incident_number longer than 255 characters",
    { incident_number: long(256) },
    /^incident_number: must be at most 255 characters$/,
  ],
  ["rejects a missing schedule_group", { schedule_group: undefined }, /^schedule_group: is required$/],
  [
    "rejects a schedule_group of 1001 items",
    { schedule_group: Array.from({ length: 1001 }, () => ({ role_id: "r", scene_id: "s" })) },
    /^schedule_group: must have at most 1000 items$/,
  ],
  [
    "rejects a schedule_group entry without role_id",
    { schedule_group: [{ scene_id: "s" }] },
    /^schedule_group\[0\]\.role_id: is required$/,
  ],
  [
    "rejects a scene_id longer than 255 characters",
    { schedule_group: [{ role_id: "r", scene_id: long(256) }] },
    /^schedule_group\[0\]\.scene_id: must be at most 255 characters$/,
  ],
  [
    "rejects a participant list of 1001 items",
    { participant: many(1001) },
    /^participant: must be an array of at most 1000 strings/,
  ],
  ["rejects a missing war_room_admin", { war_room_admin: undefined }, /^war_room_admin: is required$/],
  ["rejects an empty war_room_admin", { war_room_admin: "" }, /^war_room_admin: must not be empty$/],
  [
    "rejects a war_room_admin longer than 255 characters",
    { war_room_admin: long(256) },
    /^war_room_admin: must be at most 255 characters$/,
  ],
  [
    "rejects application_names of 1001 items",
    { application_names: many(1001) },
    /^application_names: must be an array of at most 1000 strings/,
  ],
  [
    "rejects region_names of 1001 items",
    { region_names: many(1001) },
    /^region_names: must be an array of at most 1000 strings/,
  ],
  [
    "rejects a missing enterprise_project_id",
    { enterprise_project_id: undefined },
    /^enterprise_project_id: is required$/,
  ],
  [
    "rejects an enterprise_project_id longer than 64 characters",
    { enterprise_project_id: long(65) },
    /^enterprise_project_id: must be at most 64 characters$/,
  ],
  [
    "rejects a notification_type longer than 64 characters",
    { notification_type: long(65) },
    /^notification_type: must be a string of at most 64 characters, or null$/,
  ],
  [
    "rejects an unknown notification_type",
    { notification_type: "EMAIL" },
    /^notification_type: must be one of WECHAT, DING_TALK, LARK, NULL_GROUP$/,
  ],
  [
    "rejects six notification_modes",
    { notification_modes: ["1", "2", "3", "4", "5", "1"] },
    /^notification_modes: must be an array of at most 5/,
  ],
  [
    'rejects notification mode "6"',
    { notification_modes: ["6"] },
    /^notification_modes: must be an array of at most 5 of "1" … "5", or null$/,
  ],
];

describe("CreateWarRoom validation", () => {
  let incident: string;
  const h = useHarness();
  before(async () => {
    incident = await createIncidentVia(h);
  });

  for (const [name, overrides, message] of CASES) {
    it(name, async () => {
      const res = await postWarRoom(h, exampleWarRoom(incident, overrides));
      assert.equal(res.statusCode, 400, res.body);
      const body = res.json();
      assert.equal(body.error_code, "GOM.00007256");
      assert.match(body.error_msg, message);
    });
  }

  it("accepts every field at its limit", async () => {
    const res = await postWarRoom(
      h,
      exampleWarRoom(incident, {
        war_room_name: long(255),
        description: long(255),
        region_code_list: many(1000),
        region_names: many(1000),
        application_id_list: many(1000),
        application_names: many(1000),
        participant: many(1000),
        schedule_group: [{ role_id: long(255), scene_id: long(255) }],
        war_room_admin: long(255),
        enterprise_project_id: long(64),
        notification_type: "NULL_GROUP",
        notification_modes: ["1", "2", "3", "4", "5"],
      }),
    );
    assert.equal(res.statusCode, 200, res.body);
  });

  it("accepts null and empty optional fields and ignores unknown ones", async () => {
    const other = await createIncidentVia(h);
    const res = await postWarRoom(
      h,
      exampleWarRoom(other, {
        description: null,
        region_code_list: null,
        participant: [],
        notification_type: "",
        notification_modes: null,
        schedule_group: [],
        incident_id: "sent by terraform",
      }),
    );
    assert.equal(res.statusCode, 200, res.body);
  });
});
