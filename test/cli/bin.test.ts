import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";

const BIN = path.resolve(import.meta.dirname, "../../bin/incidentd.js");

describe("bin/incidentd.js", () => {
  it("says how to build when the compiled program is missing, with exit code 1 and no stack trace", () => {
    // A checkout without dist/: the launcher alone, copied where no build sits next to it.
    const root = mkdtempSync(path.join(tmpdir(), "incidentd-bin-"));
    try {
      mkdirSync(path.join(root, "bin"));
      copyFileSync(BIN, path.join(root, "bin", "incidentd.js"));
      const result = spawnSync(process.execPath, [path.join(root, "bin", "incidentd.js"), "token", "list"], {
        encoding: "utf8",
        timeout: 30_000,
      });
      assert.equal(result.status, 1);
      assert.equal(result.stdout, "");
      assert.match(result.stderr, /^incidentd: .*dist\/main\.js.* missing: run `npm run build`/);
      assert.doesNotMatch(result.stderr, /\n\s+at /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
