import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { useHarness } from "../helpers/use-harness.ts";

const PAGE = fileURLToPath(new URL("../../docs/parity.md", import.meta.url));
const STATUSES = new Set(["full", "partial", "none", "extension"]);

interface Row {
  operationId: string;
  method: string;
  path: string;
  status: string;
  notes: string;
}

/** The rows of docs/parity.md's tables: `| # | operationId | method | `path` | status | notes |`. */
function pageRows(): Row[] {
  return readFileSync(PAGE, "utf8")
    .split("\n")
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .filter((cells) => cells.length === 8 && /^(\d+|A\d+)$/.test(cells[1] ?? ""))
    .map((cells) => ({
      operationId: cells[2] as string,
      method: cells[3] as string,
      path: (cells[4] as string).replace(/^`|`$/g, ""),
      status: cells[5] as string,
      notes: cells[6] as string,
    }));
}

type Operation = { operationId?: string; tags?: string[] };

describe("docs/parity.md", () => {
  const h = useHarness();
  const rows = pageRows();
  const served = async () => {
    const doc = (await h.request({ method: "GET", url: "/openapi.json", token: null })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    return Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), ...op })),
    );
  };

  it("lists COC's 22 incident-area operations, each with a known status", () => {
    assert.equal(rows.filter((r) => r.status !== "extension").length, 22);
    for (const row of rows) assert.ok(STATUSES.has(row.status), `${row.operationId}: status ${row.status}`);
    for (const row of rows.filter((r) => r.status === "partial"))
      assert.ok(row.notes.length > 0, `${row.operationId} is partial: the page must say what is missing`);
  });

  it("matches the app: full/partial rows are served as listed, none rows are not", async () => {
    const operations = await served();
    for (const row of rows) {
      const op = operations.find((o) => o.operationId === row.operationId);
      if (row.status === "none") {
        assert.equal(op, undefined, `${row.operationId} is served: the page says none`);
        const url = row.path.replace(/\{[a-z_]+\}/g, "x");
        const res = await h.request({
          method: row.method,
          url,
          payload: row.method === "GET" ? undefined : {},
        });
        assert.equal(
          res.statusCode,
          404,
          `${row.method} ${url} answers ${res.statusCode}: the page says none`,
        );
        continue;
      }
      assert.ok(op, `${row.operationId} is not in the OpenAPI document: the page says ${row.status}`);
      assert.equal(`${op.method} ${op.path}`, `${row.method} ${row.path}`, row.operationId);
    }
  });

  it("has a row for every operation the OpenAPI document tags COC", async () => {
    const listed = new Set(rows.map((r) => r.operationId));
    const coc = (await served()).filter((o) => (o.tags ?? []).some((t) => t.startsWith("COC")));
    assert.ok(coc.length >= 20);
    for (const op of coc)
      assert.ok(listed.has(op.operationId ?? ""), `${op.operationId} has no row in docs/parity.md`);
  });
});
