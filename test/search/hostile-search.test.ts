import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { MAX_CONDITION_REFERENCES } from "../../src/incident-list/condition-parser.ts";
import { MAX_LIST_PREDICATES } from "../../src/incident-list/list-counts.ts";
import { createIntegration } from "../../src/integrations/integration.service.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";

/** Hostile search input that used to end in a 500 (or worse): each must be a 400 naming the problem. */
describe("hostile search input", () => {
  let num: string;
  const h = useHarness();
  before(async () => {
    num = await createIncidentVia(h);
  });

  const list = (body: object) =>
    h.request({ method: "POST", url: "/v2/incidents/list", payload: body, token: h.tokens.reader });

  function assertInvalid(res: { statusCode: number; json(): { error_code: string; error_msg: string } }) {
    assert.equal(res.statusCode, 400, JSON.stringify(res.json()));
    assert.equal(res.json().error_code, "GOM.00007256");
    return res.json().error_msg;
  }

  it("answers in filters referenced past SQLite's 32,766 parameters (one parameter per list)", async () => {
    const values = Array.from({ length: 1000 }, (_, i) => `v${i}`);
    const filters = Array.from({ length: 20 }, (_, i) => ({
      name: `f${i}`,
      field: "title",
      operator: "in",
      values,
    }));
    // 40 references × 1,000 values: 40,000 parameters if each value were bound on its own.
    const names = filters.map((f) => f.name);
    const condition = [...names, ...names.map((n) => `(${n} & ${n})`)].join(" | ");
    const res = await list({ string_filters: filters, condition });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().data.total, 0);
  });

  it("refuses a condition naming filters about 1,000 times, naming the limit", async () => {
    const condition = Array.from({ length: 1000 }, (_, i) => (i % 2 ? "a" : "b")).join("|");
    const res = await list({
      string_filters: [
        { name: "a", field: "title", operator: "like", values: ["x"] },
        { name: "b", field: "title", operator: "like", values: ["y"] },
      ],
      condition,
    });
    const message = assertInvalid(res);
    assert.match(message, /^condition: /);
    assert.match(message, new RegExp(`at most ${MAX_CONDITION_REFERENCES}`));
  });

  it("refuses a list whose queries would evaluate too many filter predicates, naming the limit", async () => {
    const letters = "abcdefghijklmnopqrst".split("");
    const string_filters = letters.map((name) => ({
      name,
      field: "title",
      operator: "like",
      values: [name],
    }));
    // 74 references that no simplification removes, evaluated by the page, the total and 10 counts.
    const condition = letters
      .slice(1)
      .flatMap((x) => [`(a & ${x})`])
      .concat(letters.slice(2).map((x) => `(b & ${x})`))
      .join(" | ");
    const count_filters = Array.from({ length: 10 }, (_, i) => ({
      name: `c${i}`,
      filters: [{ field: "creator", operator: "=", values: ["x"] }],
    }));
    const message = assertInvalid(await list({ string_filters, condition, count_filters }));
    assert.match(message, new RegExp(`^count_filters: .*at most ${MAX_LIST_PREDICATES}`));
    // The same condition without the counts is within the budget.
    assert.equal((await list({ string_filters, condition })).statusCode, 200);
  });

  for (const [what, query, field] of [
    ["a null filter", { string_filters: [null] }, "query.string_filters[0]"],
    ["a filter without values", { string_filters: [{ field: "title", operator: "=" }] }, "values"],
    [
      "a filter whose values is not an array",
      { int_filters: [{ field: "x", operator: "=", values: 1 }] },
      "values",
    ],
  ] as const) {
    it(`refuses an export query with ${what}`, async () => {
      const res = await h.request({
        method: "GET",
        url: `/incidentd/v1/incidents/export?query=${encodeURIComponent(JSON.stringify(query))}`,
        token: h.tokens.reader,
      });
      assert.ok(assertInvalid(res).includes(field), res.body);
    });
  }

  it("refuses a history filter value that is an object (its String() throws)", async () => {
    const res = await h.request({
      method: "POST",
      url: `/v2/incidents/${num}/histories`,
      token: h.tokens.reader,
      payload: {
        string_filters: [{ field: "action", operator: "in", values: [{ toString: 1, valueOf: 1 }] }],
      },
    });
    assert.match(assertInvalid(res), /^string_filters\[0\]\.values\[0\]: /);
  });

  it("refuses U+0000 deep inside nested JSON (no stack overflow in the check)", async () => {
    const depth = 20_000;
    const payload = `{"title":${"[".repeat(depth)}"x\\u0000"${"]".repeat(depth)}}`;
    const res = await h.request({
      method: "POST",
      url: "/v2/incidents/list",
      token: h.tokens.reader,
      headers: { "content-type": "application/json" },
      payload,
    });
    assert.match(assertInvalid(res), /^title\[0\]\[0\].*must not contain the NUL character/);
  });

  it("refuses a custom event whose additional is nested 5,000 levels, naming the depth limit", async () => {
    const { key } = await createIntegration(h.deps, h.projectId, { name: "deep", kind: "custom" });
    // Written as text: JSON.stringify itself overflows the stack at this depth.
    const deep = `${'{"n":'.repeat(5000)}"leaf"${"}".repeat(5000)}`;
    const event = JSON.stringify(customEvent({ additional: { deep: "DEEP" } })).replace('"DEEP"', deep);
    const res = await h.request({
      method: "POST",
      url: `/v1/event/huawei/custom/${key}`,
      token: null,
      headers: { "content-type": "application/json" },
      payload: event,
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.match(res.json().error_msg, /additional.*at most \d+ levels/);
  });
});
