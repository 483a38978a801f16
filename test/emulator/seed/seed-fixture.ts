import { exampleIncident } from "../../../testkit/harness.ts";
import { solution } from "../../../testkit/workflow.ts";

export const SOLVED = "IM202401020304050000000001";
export const OPEN = "IM202401020500000000000002";
export const ALICE = "alice";
export const BOB = "bob";

/** A fixture with every kind: two users, an application, a type, a rule, two incidents, a WarRoom, alarms. */
export function fullFixture(projectId: string) {
  return {
    version: 1,
    project_id: projectId,
    users: [
      {
        id: ALICE,
        display_name: "Alice Liddell",
        email: "alice@example.com",
        create_time: "2024-01-01T00:00:00Z",
      },
      { id: BOB, display_name: "Bob", email: null },
    ],
    applications: [{ id: "app001", name: "Checkout" }],
    catalogue: [{ field: "incident_type", key: "inc_type_seeded", name_zh: "种子", name_en: "Seeded" }],
    transfer_rules: [
      {
        name: "critical to P1",
        match: { levels: ["Critical"] },
        incident: { title_template: "{{alarm_name}}", incident_type: "inc_type_seeded", assignee: BOB },
      },
    ],
    incidents: [
      {
        ...exampleIncident({ creator: ALICE, incident_assignee: [BOB], incident_level: "level_30" }),
        incident_num: SOLVED,
        create_time: "2024-01-02T03:04:05Z",
        history: [
          { action: "accepted", at: "2024-01-02T03:10:00Z", operator: BOB },
          { action: "commitSolution", at: 1704168000000, operator: BOB, params: solution },
        ],
      },
      {
        ...exampleIncident({ creator: BOB, incident_type: "inc_type_seeded", incident_title: "still open" }),
        incident_num: OPEN,
        create_time: "2024-01-02T05:00:00+00:00",
      },
    ],
    warrooms: [
      {
        war_room_name: "checkout down",
        description: null,
        region_code_list: null,
        application_id_list: ["app001"],
        incident_number: OPEN,
        schedule_group: [],
        participant: [ALICE],
        war_room_admin: BOB,
        application_names: null,
        region_names: null,
        enterprise_project_id: "0",
        notification_type: null,
        notification_modes: null,
        create_time: "2024-01-02T05:01:00Z",
        status_changes: [{ status: "3", at: "2024-01-02T05:30:00Z" }],
      },
    ],
    alarms: [
      {
        alarmId: "cpu1",
        alarmName: "CPU high",
        alarmLevel: "Minor",
        time: 1704171600000,
        nameSpace: "ecs",
        alarmDesc: "cpu above 90%",
        alarmSource: "coc",
      },
    ],
  };
}
