import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { csvValue, neutraliseFormula } from "../../src/incident-list/export-lines.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";

/** A minimal RFC 4180 reader, to check that what the export writes reads back to the same values. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        value += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(value);
      value = "";
    } else if (ch === "\r" && text.charAt(i + 1) === "\n") {
      row.push(value);
      rows.push(row);
      row = [];
      value = "";
      i++;
    } else value += ch;
  }
  return rows;
}

describe("GET /incidentd/v1/incidents/export", () => {
  const tricky = [
    'comma, and "quotes"',
    "line\nbreak",
    "=SUM(A1)",
    "plain",
    "tab\there",
    "crlf\r\nend",
    "网络",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
  ];
  const h = useHarness();
  before(async () => {
    for (let i = 0; i < 2500; i++) {
      if (i % 10 === 0) h.clock.advance(1);
      await createIncidentVia(
        h,
        exampleIncident({
          incident_title: tricky[i % tricky.length],
          incident_level: i % 2 ? "level_10" : "level_20",
        }),
      );
    }
  });

  const exportAs = (format: string, query?: object, extra = "") =>
    h.request({
      method: "GET",
      url: `/incidentd/v1/incidents/export?format=${format}${query ? `&query=${encodeURIComponent(JSON.stringify(query))}` : ""}${extra}`,
      token: h.tokens.reader,
    });

  async function listAll(body: object) {
    const items: Array<Record<string, string>> = [];
    let cursor: string | undefined;
    do {
      const page = (
        await h.request({
          method: "POST",
          url: "/v2/incidents/list",
          payload: { ...body, per_page: 200, ...(cursor ? { cursor } : {}) },
        })
      ).json().data;
      items.push(...page.tickets);
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    return items;
  }

  it("streams NDJSON rows identical to the list API's, across several internal batches", async () => {
    const query = { string_filters: [{ field: "level_id", operator: "=", values: ["level_10"] }] };
    const res = await exportAs("ndjson", query);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers["content-type"]), /^application\/x-ndjson/);
    const rows = res.body
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    const listed = await listAll(query);
    assert.equal(rows.length, 1250);
    assert.deepEqual(rows, listed);
  });

  it("writes CSV with a header and RFC 4180 quoting that reads back to the same values", async () => {
    const res = await exportAs("csv", { fields: ["ticket_id", "title", "level_id"] }, "&csv_formulas=raw");
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers["content-type"]), /^text\/csv/);
    const [header, ...rows] = parseCsv(res.body);
    assert.deepEqual(header, ["ticket_id", "title", "level_id"]);
    const listed = await listAll({});
    assert.equal(rows.length, 2500);
    assert.deepEqual(
      rows,
      listed.map((i) => [i.ticket_id, i.title, i.level_id]),
    );
    assert.ok(rows.some((r) => r[1] === 'comma, and "quotes"'));
    assert.ok(rows.some((r) => r[1] === "crlf\r\nend"));
    assert.ok(
      rows.some((r) => r[1] === "=SUM(A1)"),
      "raw: formulas as stored",
    );
  });

  it("prefixes cells a spreadsheet would run as a formula with ' by default", async () => {
    const res = await exportAs("csv", { fields: ["ticket_id", "title"] });
    assert.equal(res.statusCode, 200);
    const [, ...rows] = parseCsv(res.body);
    const listed = await listAll({});
    assert.deepEqual(
      rows,
      listed.map((i) => [i.ticket_id, /^[=+\-@]/.test(i.title ?? "") ? `'${i.title}` : i.title]),
    );
    for (const title of ["=SUM(A1)", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0"]) {
      assert.ok(
        rows.some((r) => r[1] === `'${title}`),
        title,
      );
      assert.ok(!rows.some((r) => r[1] === title), title);
    }
    assert.ok(rows.some((r) => r[1] === "plain"));
  });

  it("neutralises a leading =, +, -, @, tab or CR and nothing else", () => {
    for (const value of ["=1", "+1", "-1", "@a", "\tx", "\rx"])
      assert.equal(neutraliseFormula(value), `'${value}`);
    for (const value of ["", "a=1", " =1", "'=1", "网络", "1-2"])
      assert.equal(neutraliseFormula(value), value);
  });

  it("refuses an unknown csv_formulas value", async () => {
    const res = await exportAs("csv", undefined, "&csv_formulas=off");
    assert.equal(res.statusCode, 400, res.body);
    assert.match(res.json().error_msg, /^csv_formulas: must be escape or raw$/);
  });

  it("quotes only values that need it", () => {
    assert.equal(csvValue("plain"), "plain");
    assert.equal(csvValue('a "b"'), '"a ""b"""');
    assert.equal(csvValue("a,b"), '"a,b"');
    assert.equal(csvValue("a\nb"), '"a\nb"');
  });

  it("answers a bad query with 400 before streaming anything", async () => {
    for (const [url, message] of [
      ["/incidentd/v1/incidents/export?format=xml", /^format: must be ndjson or csv$/],
      ["/incidentd/v1/incidents/export?query=%7Bnot-json", /^query: must be a JSON object/],
      [
        `/incidentd/v1/incidents/export?query=${encodeURIComponent('{"string_filters":[{"field":"x","operator":"=","values":["1"]}]}')}`,
        /^string_filters\[0\]\.field: unknown field "x"/,
      ],
      [
        `/incidentd/v1/incidents/export?format=csv&query=${encodeURIComponent('{"fields":["enum_data_list"]}')}`,
        /^query\.fields\[0\]: unknown field "enum_data_list"/,
      ],
    ] as const) {
      const res = await h.request({ method: "GET", url });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.json().error_msg, message);
    }
  });

  it("exports only the caller's project", async () => {
    const res = await h.request({
      method: "GET",
      url: "/incidentd/v1/incidents/export",
      token: h.otherProjectToken,
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.body, "");
  });
});
