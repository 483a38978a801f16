import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { BasicCredentials } from "@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials.js";
import { ClientRequestException } from "@huaweicloud/huaweicloud-sdk-core/exception/ClientRequestException.js";
import { Logger4jInstance } from "@huaweicloud/huaweicloud-sdk-core/logger/log4jLogger.js";
import { type Installation, type RunningServer, runCli, startServer, tempInstallation } from "./process.ts";
import { CocClient } from "./sdk/coc-client.ts";

// The SDK logs every failed call to stdout, Authorization header included (through log4js).
Logger4jInstance.level = "off";

const PROJECT = "0123456789abcdef0123456789abcdef";
const CREATOR = "sdk-creator";
const OWNER = "sdk-owner";

function clientFor(baseUrl: string, ak: string, sk: string): CocClient {
  return (
    CocClient.newBuilder()
      .withCredential(new BasicCredentials().withAk(ak).withSk(sk).withProjectId(PROJECT))
      // No trailing slash: the SDK signs endpoint + path (README). No region: no IAM call.
      .withEndpoint(baseUrl)
      // A custom agent keeps the SDK from writing ~/.huaweicloud/application_id on the test machine.
      .withOptions({ customUserAgent: "incidentd-sdk-acceptance" })
      .build()
  );
}

/** Runs `call` and returns the SDK exception it must raise. */
async function sdkError(call: () => Promise<unknown>): Promise<ClientRequestException> {
  try {
    await call();
  } catch (error) {
    assert.ok(error instanceof ClientRequestException, `not a ClientRequestException: ${String(error)}`);
    return error;
  }
  return assert.fail("the SDK call succeeded");
}

// Field order and types as the SDK's CreateExternalIncidentRequest model sends them (is_service_interrupt
// is a string there).
const incidentBody = (title: string) => ({
  incident_level: "level_40",
  is_service_interrupt: "false",
  incident_type: "inc_type_p_security_issues",
  incident_title: title,
  incident_source: "incident_source_manual",
  creator: CREATOR,
  incident_assignee: [OWNER],
});

const solution = {
  mtm_type: "inc_type_p_function_issues",
  is_service_interrupt: "false",
  cause: "disk full",
  solution: "cleaned up",
};

describe("the official SDK's COC client against a running incidentd (access key)", () => {
  let data: Installation;
  let server: RunningServer;
  let client: CocClient;
  let accessKey: string;
  let secretKey: string;
  let v1Incident: string;
  let v2Incident: string;

  before(async () => {
    data = await tempInstallation();
    // PostgreSQL installations must be given the master key (docs/security.md); the CLI and the server
    // share it, so the server can unseal the SK the CLI created.
    const env = { ...data.env, INCIDENTD_MASTER_KEY: randomBytes(32).toString("hex") };
    const project = runCli(["project", "create", "--id", PROJECT], env);
    assert.equal(project.status, 0, project.stderr);
    const key = runCli(
      ["key", "create", "--role", "writer", "--principal", "sdk-user", "--project", PROJECT],
      env,
    );
    assert.equal(key.status, 0, key.stderr);
    accessKey = /^AK (\S+)$/m.exec(key.stdout)?.[1] ?? assert.fail(key.stdout);
    secretKey = /^SK (\S+)$/m.exec(key.stdout)?.[1] ?? assert.fail(key.stdout);
    server = await startServer(env);
    client = clientFor(server.baseUrl, accessKey, secretKey);
  });
  after(async () => {
    await server?.stop();
    await data?.remove();
  });

  it("creates incidents with createCocIncident and reads them with showCocIncidentDetail", async () => {
    const created = await client.createCocIncident({ body: incidentBody("sdk v1 incident") });
    assert.equal(created.httpStatusCode, 200);
    assert.equal(created.error_code, "GOM.00000000");
    v1Incident = created.data?.incident_num ?? assert.fail(JSON.stringify(created));
    assert.match(v1Incident, /^IM\d+/);
    v2Incident =
      (await client.createCocIncident({ body: incidentBody("sdk v2 incident") })).data?.incident_num ??
      assert.fail("no incident_num");

    const detail = await client.showCocIncidentDetail({ incident_num: v1Incident });
    assert.equal(detail.httpStatusCode, 200);
    assert.equal(detail.provider_code, "049");
    assert.equal(detail.error_code, "GOM.00000000");
    assert.deepEqual(
      {
        incident_num: detail.data?.incident_num,
        incident_title: detail.data?.incident_title,
        incident_level: detail.data?.incident_level,
        incident_type: detail.data?.incident_type,
        is_service_interrupt: detail.data?.is_service_interrupt,
        creator: detail.data?.creator,
        incident_assignee: detail.data?.incident_assignee,
        status: detail.data?.status,
      },
      {
        incident_num: v1Incident,
        incident_title: "sdk v1 incident",
        incident_level: "level_40",
        incident_type: "inc_type_p_security_issues",
        is_service_interrupt: false,
        creator: CREATOR,
        incident_assignee: [OWNER],
        status: "INCIDENT_STATUS_TRIGGERED",
      },
    );
    assert.equal(typeof detail.data?.create_time, "number", "the SDK models create_time as a number");
  });

  it("accepts, solves and confirms through handleCocIncident (v1)", async () => {
    const steps: Array<[string, string, Record<string, unknown>, string]> = [
      ["acceptedIncident1", OWNER, {}, "INCIDENT_STATUS_ACKNOWLEDGED"],
      ["commitSolution1", OWNER, solution, "INCIDENT_STATUS_RESOLVED"],
      [
        "confirm",
        CREATOR,
        { virtual_confirm_result: "true", virtual_confirm_comment: "verified" },
        "INCIDENT_STATUS_COMPLETED",
      ],
    ];
    for (const [operateKey, operator, parameter, status] of steps) {
      const handled = await client.handleCocIncident({
        body: { incident_num: v1Incident, operator, operate_key: operateKey, parameter },
      });
      assert.deepEqual(
        handled,
        {
          provider_code: "049",
          error_code: "GOM.00000000",
          error_msg: null,
          data: null,
          httpStatusCode: 200,
        },
        operateKey,
      );
      const detail = await client.showCocIncidentDetail({ incident_num: v1Incident });
      assert.equal(detail.data?.status, status, operateKey);
    }
    const solved = await client.showCocIncidentDetail({ incident_num: v1Incident });
    assert.equal(solved.data?.incident_type, "inc_type_p_function_issues", "the solution's type is applied");
  });

  it("walks the v2 tasks with showIncidentTask and handleIncident until none is left", async () => {
    const steps: Array<[string, string, Record<string, unknown> | undefined]> = [
      ["unaccepted", "accepted", undefined],
      ["handling", "commitSolution", solution],
      ["verification", "confirm", { virtual_confirm_result: "true", virtual_confirm_comment: "ok" }],
    ];
    for (const [node, action, params] of steps) {
      const tasks = await client.showIncidentTask({ incident_id: v2Incident });
      assert.equal(tasks.httpStatusCode, 200);
      const task = tasks.data?.[0] ?? assert.fail(`no open task before ${action}`);
      assert.equal(task.key, node);
      assert.ok(
        task.operations.some((op) => op.key === action),
        `${action} is offered at ${node}`,
      );
      const taskId = task.operations[0]?.task_id ?? assert.fail("no task id");
      // ExecuteActionParamsV2 leaves `params` out when the caller sets none.
      const body = params ? { task_id: taskId, action, params } : { task_id: taskId, action };
      const handled = await client.handleIncident({ incident_id: v2Incident, body });
      assert.equal(handled.httpStatusCode, 200, action);
      assert.equal(handled.error_code, "GOM.00000000", action);
    }
    const closed = await client.showIncidentTask({ incident_id: v2Incident });
    assert.deepEqual(closed.data, []);
    const detail = await client.showCocIncidentDetail({ incident_num: v2Incident });
    assert.equal(detail.data?.status, "INCIDENT_STATUS_COMPLETED");
  });

  it("lists both incidents with listIncidents (v2) and listIncidentSimpleTickets (v1)", async () => {
    const v2 = await client.listIncidents({ body: { page: 1, per_page: 10 } });
    assert.equal(v2.httpStatusCode, 200);
    assert.equal(v2.data?.total, 2);
    assert.deepEqual(
      v2.data?.tickets.map((t) => [t.ticket_id, t.work_flow_status]).sort(),
      [
        [v1Incident, "INCIDENT_STATUS_COMPLETED"],
        [v2Incident, "INCIDENT_STATUS_COMPLETED"],
      ].sort(),
    );
    const noBody = await client.listIncidents();
    assert.equal(noBody.data?.total, 2, "listIncidents() with no body sends {}");

    const v1 = await client.listIncidentSimpleTickets({ offset: 1, limit: 10 });
    assert.equal(v1.httpStatusCode, 200);
    assert.equal(v1.data?.total, 2);
    const v1Item = v1.data?.IncidentSimpleTicketInfos.find((t) => t.ticket_id === v1Incident);
    assert.deepEqual(
      [v1Item?.title, v1Item?.status, v1Item?.creator, v1Item?.assignee],
      ["sdk v1 incident", "INCIDENT_STATUS_COMPLETED", CREATOR, [OWNER]],
    );
  });

  it("reads the histories with listIncidentsHistories (v2) and listCocTicketOperationHistories (v1)", async () => {
    const v2 = await client.listIncidentsHistories({ incident_id: v2Incident, body: {} });
    assert.equal(v2.httpStatusCode, 200);
    assert.equal(v2.data?.total, 4);
    assert.deepEqual(
      v2.data?.info.map((i) => [i.action, i.operator, i.status]),
      [
        ["create", CREATOR, "INCIDENT_STATUS_TRIGGERED"],
        ["accepted", "sdk-user", "INCIDENT_STATUS_ACKNOWLEDGED"],
        ["commitSolution", "sdk-user", "INCIDENT_STATUS_RESOLVED"],
        ["confirm", "sdk-user", "INCIDENT_STATUS_COMPLETED"],
      ],
      "v2 bodies name no operator: the access key's principal acts",
    );

    const v1 = await client.listCocTicketOperationHistories({
      ticket_type: "incident",
      body: {
        string_filters: [{ operator: "=", field: "ticket_id", name: "ticket_id", values: [v1Incident] }],
        sort_filter: { operator: "desc", field: "start_time", name: "start_time", values: ["start_time"] },
      },
    });
    assert.equal(v1.httpStatusCode, 200);
    assert.equal(v1.data?.total, 4);
    assert.deepEqual(
      v1.data?.info.map((i) => [i.ticket_id, i.action, i.operator]),
      [
        [v1Incident, "confirm", CREATOR],
        [v1Incident, "commitSolution", OWNER],
        [v1Incident, "accepted", OWNER],
        [v1Incident, "create", CREATOR],
      ],
    );
    assert.equal(v1.data?.info[0]?.comment, "verified");
  });

  it("raises ClientRequestException 400 COC.00067003 for an unknown incident", async () => {
    const error = await sdkError(() =>
      client.showCocIncidentDetail({ incident_num: "IM000000000000000000000000" }),
    );
    assert.equal(error.httpStatusCode, 400);
    assert.equal(error.errorCode, "COC.00067003");
    assert.match(error.errorMsg ?? "", /incident not found/);
    assert.ok(error.requestId, "the SDK copies X-Request-Id into the exception");
  });

  it("raises ClientRequestException 400 GOM.00007256 naming a missing required field", async () => {
    const { incident_title: _omitted, ...withoutTitle } = incidentBody("unused");
    const error = await sdkError(() => client.createCocIncident({ body: withoutTitle }));
    assert.equal(error.httpStatusCode, 400);
    assert.equal(error.errorCode, "GOM.00007256");
    assert.equal(error.errorMsg, "incident_title: is required");
  });

  it("raises ClientRequestException 401 APIG.0301 for a wrong secret key, and the right one still works", async () => {
    const wrongSk = `${secretKey.slice(0, -1)}${secretKey.endsWith("x") ? "y" : "x"}`;
    const wrong = clientFor(server.baseUrl, accessKey, wrongSk);
    const error = await sdkError(() => wrong.showCocIncidentDetail({ incident_num: v1Incident }));
    assert.equal(error.httpStatusCode, 401);
    assert.equal(error.errorCode, "APIG.0301");
    const detail = await client.showCocIncidentDetail({ incident_num: v1Incident });
    assert.equal(detail.httpStatusCode, 200);
    assert.doesNotMatch(server.output(), new RegExp(secretKey), "the SK never reaches the server log");
  });
});
