import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { serverLoggerOptions } from "../../src/http/log-options.ts";
import { lineSink } from "../helpers/log-sink.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createFeedVia, seedScene } from "./feed-helpers.ts";

const encodeAll = (text: string) =>
  [...text].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`).join("");

/** Ways of writing a feed URL, each with the answer it gets: none may put the token in the log. */
const VARIANTS: Array<{ name: string; url: (path: string, token: string) => string; status: number }> = [
  { name: "plain", url: (p) => p, status: 200 },
  { name: "the token percent-encoded", url: (p, t) => p.replace(t, encodeAll(t)), status: 200 },
  { name: "the token in the query too", url: (p, t) => `${p}?t=${t}`, status: 200 },
  { name: "a segment after it (no route)", url: (p) => `${p}/x`, status: 404 },
  { name: "another suffix (no route)", url: (p) => p.replace(/\.ics$/, ".ical/x"), status: 404 },
  { name: "the token revoked", url: (p) => p, status: 404 },
];

for (const prefix of ["", "/coc"]) {
  describe(`the feed token in request logs (path prefix "${prefix}")`, () => {
    const sink = lineSink();
    const h = useHarness({
      config: { pathPrefix: prefix },
      logger: { ...serverLoggerOptions("info"), stream: sink.stream },
    });
    let feed: { id: string; token: string; path: string };
    before(async () => {
      await seedScene(h, "app-ops", h.tokens.admin, undefined, prefix);
      feed = await createFeedVia(h, { user_id: "ann" }, h.tokens.writer, prefix);
      assert.ok(feed.path.startsWith(`${prefix}/incidentd/v1/oncall/feeds/`), feed.path);
    });

    for (const variant of VARIANTS) {
      it(`never shows the token of a URL with ${variant.name}`, async () => {
        if (variant.name === "the token revoked") {
          const url = `${prefix}/incidentd/v1/oncall/feeds/${feed.id}`;
          const res = await h.request({ method: "DELETE", url, token: h.tokens.writer });
          assert.equal(res.statusCode, 200, res.body);
        }
        sink.clear();
        const res = await h.request({ method: "GET", url: variant.url(feed.path, feed.token), token: null });
        assert.equal(res.statusCode, variant.status, res.body);
        const text = sink.text();
        const incoming = sink.lines.find((line) => line.msg === "incoming request");
        assert.ok(incoming, text);
        const secret = feed.token.slice(4);
        for (const part of [secret, secret.slice(1), secret.slice(0, -1)])
          assert.ok(!text.includes(part), text);
        if (variant.status === 200)
          assert.equal((incoming.req as { url: string }).url, `${prefix}/incidentd/v1/oncall/feeds/***.ics`);
      });
    }
  });
}
