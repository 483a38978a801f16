import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { LARGE_ANSWER_CHARS } from "../../src/http/large-answers.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { actOk } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";

interface Item {
  ticket_id: string;
  title: string;
  level_id: string;
  creator: string;
  create_time: string;
  is_service_interrupt: string;
  work_flow_status: string;
  description: string;
  [key: string]: unknown;
}

/** A fixed data set, kept in memory too so that each filter can be checked against a brute-force answer. */
const TITLES = [
  "disk full",
  "Disk Full on db-1",
  "100% cpu",
  "under_score",
  "a\\b",
  "网络中断",
  "memory leak",
  "disk latency",
];

describe("POST /v2/incidents/list", () => {
  const all: Item[] = [];
  const h = useHarness();
  before(async () => {
    for (let i = 0; i < 24; i++) {
      h.clock.advance(1000);
      await createIncidentVia(
        h,
        exampleIncident({
          incident_title: TITLES[i % TITLES.length],
          incident_level: `level_${((i % 5) + 1) * 10}`,
          creator: `user-${i % 3}`,
          is_service_interrupt: i % 4 === 0,
          incident_description: i % 6 === 0 ? null : `desc ${i}`,
        }),
      );
    }
    await createIncidentVia(h, exampleIncident(), h.otherProjectToken);
    const res = await list({ per_page: 200 });
    all.push(...res.tickets);
    const first = all.at(-1)?.ticket_id as string;
    await actOk(h, first, "accepted");
    all.length = 0;
    all.push(...(await list({ per_page: 200 })).tickets);
  });

  async function list(body: object, status = 200) {
    const res = await h.request({
      method: "POST",
      url: "/v2/incidents/list",
      payload: body,
      token: h.tokens.reader,
    });
    assert.equal(res.statusCode, status, res.body);
    return res.json().data as { total: number; tickets: Item[] };
  }
  const ids = (items: Item[]) => items.map((i) => i.ticket_id).sort();

  it("lists the project's incidents newest first, 10 per page, with the total", async () => {
    const data = await list({});
    assert.equal(data.total, 24);
    assert.equal(data.tickets.length, 10);
    const times = data.tickets.map((t) => Number(t.create_time));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
  });

  it("sends a large page as UTF-8 bytes with their exact length (large-answers.ts)", async () => {
    const res = await h.request({
      method: "POST",
      url: "/v2/incidents/list",
      payload: { per_page: 200 },
      token: h.tokens.reader,
    });
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.length >= LARGE_ANSWER_CHARS, `a page of ${res.body.length} characters is not large`);
    assert.ok(Buffer.byteLength(res.body) > res.body.length, "the page holds multi-byte characters");
    assert.equal(res.headers["content-length"], String(Buffer.byteLength(res.body)));
    assert.equal(res.json().data.tickets.length, 24);
  });

  it("answers every value as a string, with enum_data_list in the v2 shape", async () => {
    const item = (await list({ per_page: 1 })).tickets[0] as Item;
    for (const [key, value] of Object.entries(item))
      if (key !== "enum_data_list") assert.equal(typeof value, "string", key);
    assert.deepEqual((item.enum_data_list as object[])[0], {
      prop_id: "level_id",
      biz_id: item.level_id,
      name_zh: item.level_id.replace("level_", "P").replace("0", ""),
      name_en: item.level_id.replace("level_", "P").replace("0", ""),
    });
  });

  const CASES: Array<[string, object, (i: Item) => boolean]> = [
    ["= on a string", { field: "creator", operator: "=", values: ["user-1"] }, (i) => i.creator === "user-1"],
    [
      "!= on a string",
      { field: "creator", operator: "!=", values: ["user-1"] },
      (i) => i.creator !== "user-1",
    ],
    [
      "in with many values",
      { field: "level_id", operator: "in", values: ["level_10", "level_30", "level_99"] },
      (i) => ["level_10", "level_30"].includes(i.level_id),
    ],
    [
      "like (case-sensitive substring)",
      { field: "title", operator: "like", values: ["disk"] },
      (i) => i.title.includes("disk"),
    ],
    [
      "like with % matched literally",
      { field: "title", operator: "like", values: ["100%"] },
      (i) => i.title.includes("100%"),
    ],
    [
      "like with _ matched literally",
      { field: "title", operator: "like", values: ["r_s"] },
      (i) => i.title.includes("r_s"),
    ],
    [
      "like with a backslash",
      { field: "title", operator: "like", values: ["a\\b"] },
      (i) => i.title.includes("a\\b"),
    ],
    [
      "startwith",
      { field: "title", operator: "startwith", values: ["disk"] },
      (i) => i.title.startsWith("disk"),
    ],
    ["endwith", { field: "title", operator: "endwith", values: ["Full"] }, (i) => i.title.endsWith("Full")],
    [
      "like on unicode",
      { field: "title", operator: "like", values: ["网络"] },
      (i) => i.title.includes("网络"),
    ],
    [
      '= "" matches absent strings',
      { field: "description", operator: "=", values: [""] },
      (i) => i.description === "",
    ],
    [
      'bool = "true"',
      { field: "is_service_interrupt", operator: "=", values: ["true"] },
      (i) => i.is_service_interrupt === "true",
    ],
    [
      "in on a bool (one bound list)",
      { field: "is_service_interrupt", operator: "in", values: [true, "false"] },
      () => true,
    ],
    [
      "in on a bool with one value",
      { field: "is_service_interrupt", operator: "in", values: ["true"] },
      (i) => i.is_service_interrupt === "true",
    ],
    [
      "in on strings with quotes, backslashes and unicode",
      { field: "title", operator: "in", values: ["a\\b", "网络中断", 'it\'s "q"', "disk full"] },
      (i) => ["a\\b", "网络中断", "disk full"].includes(i.title),
    ],
    [
      'in with "" matches absent strings',
      { field: "description", operator: "in", values: ["", "desc 1"] },
      (i) => i.description === "" || i.description === "desc 1",
    ],
    ["int >= as a string", { field: "create_time", operator: ">=", values: [String(Number(0))] }, () => true],
    [
      "status =",
      { field: "work_flow_status", operator: "=", values: ["INCIDENT_STATUS_ACKNOWLEDGED"] },
      (i) => i.work_flow_status === "INCIDENT_STATUS_ACKNOWLEDGED",
    ],
  ];
  for (const [name, filter, predicate] of CASES) {
    it(`filters with ${name} exactly like a brute-force filter`, async () => {
      const data = await list({ string_filters: [filter], per_page: 200 });
      assert.deepEqual(ids(data.tickets), ids(all.filter(predicate)));
      assert.equal(data.total, all.filter(predicate).length);
    });
  }

  it("compares integers numerically with > and <", async () => {
    const times = all.map((i) => Number(i.create_time)).sort((a, b) => a - b);
    const middle = times[12] as number;
    const data = await list({
      int_filters: [
        { field: "create_time", operator: ">", values: [middle] },
        { field: "create_time", operator: "<", values: [String(middle + 5000)] },
      ],
      per_page: 200,
    });
    assert.deepEqual(
      ids(data.tickets),
      ids(all.filter((i) => Number(i.create_time) > middle && Number(i.create_time) < middle + 5000)),
    );
  });

  it("filters with in on an integer field (numbers and digit strings, one bound list)", async () => {
    const times = all.map((i) => i.create_time).slice(0, 3);
    const data = await list({
      int_filters: [
        { field: "create_time", operator: "in", values: [Number(times[0]), ...times.slice(1), 1] },
      ],
      per_page: 200,
    });
    assert.deepEqual(ids(data.tickets), ids(all.filter((i) => times.includes(i.create_time))));
  });

  it("answers conditions with repeated references as their simplified form", async () => {
    const filters = [
      { name: "a", field: "creator", operator: "=", values: ["user-0"] },
      { name: "b", field: "level_id", operator: "in", values: ["level_10", "level_20"] },
    ];
    const A = (i: Item) => i.creator === "user-0";
    const B = (i: Item) => ["level_10", "level_20"].includes(i.level_id);
    for (const [condition, predicate] of [
      ["a | a | (a | b) | b", (i: Item) => A(i) || B(i)],
      ["a & a & (a & b)", (i: Item) => A(i) && B(i)],
      ["(a & b) | (a & b) | a", (i: Item) => A(i)],
      ["(a | b) & (b | a) & a", (i: Item) => A(i)],
    ] as const) {
      const data = await list({ string_filters: filters, condition, per_page: 200 });
      assert.deepEqual(ids(data.tickets), ids(all.filter(predicate)), condition);
    }
  });

  it("combines named filters with condition: & binds tighter than |, parentheses override", async () => {
    const filters = [
      { name: "a", field: "creator", operator: "=", values: ["user-0"] },
      { name: "b", field: "level_id", operator: "=", values: ["level_10"] },
      { name: "c", field: "is_service_interrupt", operator: "=", values: [true] },
    ];
    const A = (i: Item) => i.creator === "user-0";
    const B = (i: Item) => i.level_id === "level_10";
    const C = (i: Item) => i.is_service_interrupt === "true";
    for (const [condition, predicate] of [
      ["a | b & c", (i: Item) => A(i) || (B(i) && C(i))],
      ["(a | b) & c", (i: Item) => (A(i) || B(i)) && C(i)],
      ["a & b | c", (i: Item) => (A(i) && B(i)) || C(i)],
      ["", (i: Item) => A(i) && B(i) && C(i)],
    ] as const) {
      const data = await list({ string_filters: filters, condition, per_page: 200 });
      assert.deepEqual(ids(data.tickets), ids(all.filter(predicate)), condition);
    }
  });

  it("sorts ascending or descending on any field with the number breaking ties, and projects fields", async () => {
    const data = await list({
      sort_filter: { field: "creator", operator: "asc", values: ["creator"] },
      per_page: 200,
      fields: ["ticket_id", "creator"],
    });
    const expected = [...all].sort((x, y) =>
      x.creator === y.creator ? (x.ticket_id < y.ticket_id ? -1 : 1) : x.creator < y.creator ? -1 : 1,
    );
    assert.deepEqual(
      data.tickets,
      expected.map((i) => ({ ticket_id: i.ticket_id, creator: i.creator })),
    );
  });

  it("walks every incident exactly once page by page", async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 5; page++)
      seen.push(...(await list({ page, per_page: 5 })).tickets.map((t) => t.ticket_id));
    assert.equal(seen.length, 24);
    assert.equal(new Set(seen).size, 24);
  });

  it("omits total when contain_total is false", async () => {
    const data = await list({ contain_total: false, per_page: 1 });
    assert.equal("total" in data, false);
  });

  for (const [body, message] of [
    [
      { string_filters: [{ field: "password", operator: "=", values: ["x"] }] },
      /^string_filters\[0\]\.field: unknown field "password"/,
    ],
    [
      { string_filters: [{ field: "title", operator: "regex", values: ["x"] }] },
      /^string_filters\[0\]\.operator: must be one of =, !=, in, like/,
    ],
    [
      { int_filters: [{ field: "create_time", operator: "like", values: ["1"] }] },
      /^int_filters\[0\]\.operator: must be one of =, !=, in, >, <, >=, <= for create_time$/,
    ],
    [
      { int_filters: [{ field: "create_time", operator: ">", values: ["yesterday"] }] },
      /^int_filters\[0\]\.values\[0\]: must be an integer/,
    ],
    [
      { string_filters: [{ field: "title", operator: "=", values: [] }] },
      /^string_filters\[0\]\.values: must not be empty$/,
    ],
    [
      { string_filters: [{ field: "title", operator: "=", values: ["a", "b"] }] },
      /^string_filters\[0\]\.values: must have exactly 1 item for operator =$/,
    ],
    [
      { string_filters: [{ field: "title", operator: "=", values: [{ $gt: 1 }] }] },
      /^string_filters\[0\]\.values\[0\]: must be a string$/,
    ],
    [
      { string_filters: [{ name: "a", field: "title", operator: "=", values: ["x"] }], condition: "a | b" },
      /^condition: unknown filter name 'b' at position 5$/,
    ],
    [
      {
        string_filters: [{ name: "a", field: "title", operator: "=", values: ["x"] }],
        condition: "a; drop table incidents",
      },
      /^condition: unexpected character ';' at position 2$/,
    ],
    [
      {
        string_filters: [
          { name: "a", field: "title", operator: "=", values: ["x"] },
          { name: "a", field: "creator", operator: "=", values: ["x"] },
        ],
      },
      /^string_filters\[1\]\.name: duplicate filter name "a"$/,
    ],
    [{ sort_filter: { field: "title; --", operator: "desc" } }, /^sort_filter\.field: unknown field/],
    [
      { sort_filter: { field: "title", operator: "sideways" } },
      /^sort_filter\.operator: must be desc or asc$/,
    ],
    [{ per_page: 201 }, /^per_page: must be at most 200$/],
    [{ page: 0 }, /^page: must be at least 1$/],
    [{ fields: ["secret"] }, /^fields\[0\]: unknown field "secret"$/],
    [{ ticket_types: ["change"] }, /^ticket_types\[0\]: must be incident/],
    [
      {
        string_filters: Array.from({ length: 21 }, () => ({ field: "title", operator: "=", values: ["x"] })),
      },
      /^string_filters: must have at most 20 items$/,
    ],
    [{ condition: "x".repeat(10_001) }, /^condition: must be at most 10000 characters$/],
  ] as const) {
    it(`rejects ${JSON.stringify(body).slice(0, 70)} naming the field, operator or position`, async () => {
      const res = await h.request({ method: "POST", url: "/v2/incidents/list", payload: body });
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error_code, "GOM.00007256");
      assert.match(res.json().error_msg, message);
    });
  }

  it("treats SQL fragments in values as plain text", async () => {
    const data = await list({
      string_filters: [{ field: "title", operator: "=", values: ["x' OR '1'='1"] }],
    });
    assert.equal(data.total, 0);
  });

  it("never shows another project's incidents", async () => {
    const res = await h.request({
      method: "POST",
      url: "/v2/incidents/list",
      payload: { per_page: 200 },
      token: h.otherProjectToken,
    });
    assert.equal(res.json().data.total, 1);
    assert.ok(!res.json().data.tickets.some((t: Item) => all.some((a) => a.ticket_id === t.ticket_id)));
  });
});

describe("POST /v2/incidents/list counts", () => {
  const h = useHarness();
  before(async () => {
    for (let i = 0; i < 9; i++)
      await createIncidentVia(
        h,
        exampleIncident({ incident_level: `level_${(i % 3) + 1}0`, creator: `u${i % 2}` }),
      );
  });

  const list = async (body: object) =>
    (await h.request({ method: "POST", url: "/v2/incidents/list", payload: body })).json();

  it("answers named count_filters under the main filters", async () => {
    const data = (
      await list({
        string_filters: [{ field: "creator", operator: "=", values: ["u0"] }],
        count_filters: [
          { name: "p1", filters: [{ field: "level_id", operator: "=", values: ["level_10"] }] },
          { name: "all", filters: [] },
        ],
      })
    ).data;
    assert.equal(data.total, 5);
    assert.deepEqual(data.count_filters, [
      { name: "p1", count: 2 },
      { name: "all", count: 5 },
    ]);
  });

  it("answers group_by_filter counts per value", async () => {
    const data = (await list({ group_by_filter: { field: "level_id" } })).data;
    assert.deepEqual(data.group_by, [
      { value: "level_10", count: 3 },
      { value: "level_20", count: 3 },
      { value: "level_30", count: 3 },
    ]);
  });

  it("names bad count and group-by input", async () => {
    const bad = await list({
      count_filters: [{ name: "x", filters: [{ field: "nope", operator: "=", values: ["1"] }] }],
    });
    assert.match(bad.error_msg, /^count_filters\[0\]\.filters\[0\]\.field: unknown field "nope"/);
    const group = await list({ group_by_filter: { field: "nope" } });
    assert.match(group.error_msg, /^group_by_filter\.field: unknown field "nope"/);
  });
});
