import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { NameCache } from "../../src/incident-list/export-names.ts";

describe("the export's name cache", () => {
  const directory = new Map([
    ["a", "Alice"],
    ["b", "Bob"],
    ["c", "Carol"],
    ["d", "Dave"],
  ]);
  function cache(capacity?: number) {
    const reads: string[] = [];
    const names = new NameCache(async (id) => {
      reads.push(id);
      return directory.get(id) ?? null;
    }, capacity);
    return { names, reads };
  }

  it("reads each id once per export and answers null for ids the directory does not know", async () => {
    const { names, reads } = cache();
    for (const id of ["a", "b", "a", null, "", "ghost"]) names.need(id);
    await names.load();
    assert.equal(names.get("a"), "Alice");
    assert.equal(names.get("ghost"), null);
    names.need("a");
    names.need("c");
    await names.load();
    assert.equal(names.get("c"), "Carol");
    assert.deepEqual(reads, ["a", "b", "ghost", "c"]);
  });

  it("starts over when full and still answers every name of the batch it was loading", async () => {
    const { names, reads } = cache(3);
    for (const id of ["a", "b"]) names.need(id);
    await names.load();
    for (const id of ["a", "c", "d"]) names.need(id);
    await names.load();
    assert.deepEqual(
      ["a", "c", "d"].map((id) => names.get(id)),
      ["Alice", "Carol", "Dave"],
    );
    assert.deepEqual(reads, ["a", "b", "a", "c", "d"]);
  });
});
