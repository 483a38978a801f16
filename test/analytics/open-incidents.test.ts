import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createIncidentVia, exampleIncident, type Harness } from "../../testkit/harness.ts";
import { actOk } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { ACCEPT, solve, verify } from "./analytics-helpers.ts";

const URL = "/incidentd/v1/analytics/open-incidents";

async function openNow(h: Harness, token?: string | null) {
  const res = await h.request({
    method: "GET",
    url: URL,
    token: token === undefined ? h.tokens.reader : token,
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().data as { total: number; rows: Array<{ level: string; status: string; count: number }> };
}

describe("GET /incidentd/v1/analytics/open-incidents", () => {
  const h = useHarness();
  const create = (level: string, token?: string) =>
    createIncidentVia(h, exampleIncident({ incident_level: level }), token);

  it("answers an empty project with no rows", async () => {
    assert.deepEqual(await openNow(h), { total: 0, rows: [] });
  });

  it("counts the project's open incidents by current level and status, leaving closed ones out", async () => {
    const p1 = [await create("level_10"), await create("level_10"), await create("level_10")];
    const p2 = [await create("level_20"), await create("level_20")];
    await actOk(h, p1[0] as string, ACCEPT);
    const closing = p2[0] as string;
    await actOk(h, closing, ACCEPT);
    await actOk(h, closing, ...solve());
    await actOk(h, closing, ...verify(true));
    const solved = await create("level_30");
    await actOk(h, solved, ACCEPT);
    await actOk(h, solved, ...solve());
    assert.deepEqual(await openNow(h), {
      total: 5,
      rows: [
        { level: "level_10", status: "INCIDENT_STATUS_ACKNOWLEDGED", count: 1 },
        { level: "level_10", status: "INCIDENT_STATUS_TRIGGERED", count: 2 },
        { level: "level_20", status: "INCIDENT_STATUS_TRIGGERED", count: 1 },
        { level: "level_30", status: "INCIDENT_STATUS_RESOLVED", count: 1 },
      ],
    });
  });

  it("shows another project only its own incidents, and this one none of the other's", async () => {
    const before = await openNow(h);
    await create("level_40", h.otherProjectToken);
    assert.deepEqual(await openNow(h, h.otherProjectToken), {
      total: 1,
      rows: [{ level: "level_40", status: "INCIDENT_STATUS_TRIGGERED", count: 1 }],
    });
    assert.deepEqual(await openNow(h), before);
  });

  it("refuses a request without credentials with 401", async () => {
    const res = await h.request({ method: "GET", url: URL, token: null });
    assert.equal(res.statusCode, 401, res.body);
    assert.equal(res.json().error_code, "APIG.0301");
  });
});
