import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { ERROR_CATALOGUE, type ErrorKind } from "../../src/errors.ts";

/** docs/errors.md's catalogue table: kind → its cells (HTTP, error_code, closest COC code, when, error_msg). */
function documentedRows(): Map<string, string[]> {
  const text = readFileSync(new URL("../../docs/errors.md", import.meta.url), "utf8");
  const rows = new Map<string, string[]>();
  for (const line of text.split("\n")) {
    if (!/^\| [A-Z_]+ +\|/.test(line)) continue;
    const cells = line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    rows.set(cells[0] as string, cells.slice(1));
  }
  return rows;
}

describe("docs/errors.md", () => {
  const rows = documentedRows();

  it("has a row for every kind of src/errors.ts with its status and code", () => {
    for (const [kind, spec] of Object.entries(ERROR_CATALOGUE) as Array<
      [ErrorKind, { status: number; code: string }]
    >) {
      const row = rows.get(kind);
      assert.ok(row, `docs/errors.md has no row for ${kind} (${spec.code})`);
      assert.equal(row[0], String(spec.status), `${kind}: HTTP`);
      assert.equal(row[1], `\`${spec.code}\``, `${kind}: error_code`);
    }
    const kinds = new Set(Object.keys(ERROR_CATALOGUE));
    assert.deepEqual(
      [...rows.keys()].filter((k) => !kinds.has(k)),
      [],
      "rows for kinds src/errors.ts does not have",
    );
  });

  it("gives every incidentd-only code (IDT.*) the closest COC code a client would see", () => {
    for (const [kind, spec] of Object.entries(ERROR_CATALOGUE)) {
      if (!spec.code.startsWith("IDT.")) continue;
      const closest = rows.get(kind)?.[2] ?? "";
      assert.match(
        closest,
        /`(GOM|COC|APIG|common)\.[0-9A-Za-z]+`|^none documented/,
        `${kind}: closest COC code`,
      );
    }
  });
});
