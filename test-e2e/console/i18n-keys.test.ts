import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { en } from "../../console/src/i18n/en.ts";
import { zhCN } from "../../console/src/i18n/zh-CN.ts";
import { createHarness, createIncidentVia } from "../../testkit/harness.ts";

const SOURCES = path.resolve(import.meta.dirname, "../../console/src");

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(file) : /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

const EN = new Set(keysOf(en));

describe("the console's translations", () => {
  it("has the same keys in English and Chinese, none empty", () => {
    assert.deepEqual(keysOf(zhCN).sort(), [...EN].sort());
    for (const tree of [en, zhCN]) {
      for (const key of keysOf(tree)) {
        const value = key
          .split(".")
          .reduce<Tree | string>((node, part) => (node as Tree)[part] as Tree, tree);
        assert.ok(typeof value === "string" && value.trim() !== "", `${key} is empty`);
      }
    }
  });

  it('has every key the console\'s source asks for with a literal t("…")', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(SOURCES)) {
      for (const match of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([^"]+)"/g))
        used.add(match[1] as string);
    }
    assert.ok(used.size > 50, `found only ${used.size} keys: is the scan broken?`);
    const missing = [...used].filter((key) => !EN.has(key));
    assert.deepEqual(missing, [], `keys used but not translated: ${missing.join(", ")}`);
  });

  it("has no hard-coded text between JSX tags in the console's components", () => {
    for (const file of sourceFiles(SOURCES).filter((f) => f.endsWith(".tsx"))) {
      const text = readFileSync(file, "utf8");
      // Text directly inside an element and its closing tag: <b>Some words</b> (interpolations {…} are fine).
      const found = [...text.matchAll(/(?<![=-])>([^<>{}\n]*[A-Za-z\u4e00-\u9fff]{2,}[^<>{}\n]*)<\//g)].map(
        (m) => m[1] as string,
      );
      assert.deepEqual(found, [], `${path.basename(file)} has text outside t(): ${found.join(" | ")}`);
    }
  });

  describe("names every workflow action parameter and every detail field", async () => {
    const h = await createHarness();
    after(() => h.close());
    it("has params.<name> for each parameter GET /v1/workflow describes", async () => {
      const res = await h.request({ method: "GET", url: "/v1/workflow" });
      assert.equal(res.statusCode, 200);
      const nodes = res.json().data.nodes as { actions: { params: { properties: object } }[] }[];
      const params = new Set(
        nodes.flatMap((n) => n.actions.flatMap((a) => Object.keys(a.params.properties))),
      );
      assert.ok(params.size > 10);
      const missing = [...params].filter((p) => !EN.has(`params.${p}`));
      assert.deepEqual(missing, []);
    });
    it("has fields.<name> for each field of the incident detail", async () => {
      const num = await createIncidentVia(h);
      const detail = await h.request({ method: "GET", url: `/v1/external/incident/${num}` });
      const fields = Object.keys(detail.json().data).filter((f) => f !== "enum_data_list");
      const missing = fields.filter((f) => !EN.has(`fields.${f}`));
      assert.deepEqual(missing, []);
    });
  });
});
