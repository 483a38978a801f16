import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { serverLoggerOptions } from "../../src/http/log-options.ts";
import { alert, alertmanagerPayload } from "../../testkit/alarm-payloads.ts";
import { lineSink } from "../helpers/log-sink.ts";
import { useHarness } from "../helpers/use-harness.ts";

const encodeAll = (text: string) =>
  [...text].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`).join("");

type Variant = { name: string; url: (prefix: string, key: string) => string; status: number };

const first = (key: string) => encodeAll(key.charAt(0));

/** Ways of writing an intake URL that the router accepts or refuses, each with the answer it gets. */
const VARIANTS: Variant[] = [
  { name: "plain", url: (p, k) => `${p}/v1/event/prometheus/${k}`, status: 200 },
  { name: "%70rometheus", url: (p, k) => `${p}/v1/event/%70rometheus/${k}`, status: 200 },
  {
    name: "one key character encoded",
    url: (p, k) => `${p}/v1/event/prometheus/${first(k)}${k.slice(1)}`,
    status: 200,
  },
  {
    name: "every key character encoded",
    url: (p, k) => `${p}/v1/event/prometheus/${encodeAll(k)}`,
    status: 200,
  },
  { name: "the key in the query too", url: (p, k) => `${p}/v1/event/prometheus/${k}?k=${k}`, status: 200 },
  { name: "a leading double slash", url: (p, k) => `/${p}/v1/event/prometheus/${k}`, status: 404 },
  { name: "a double slash before the key", url: (p, k) => `${p}/v1/event/prometheus//${k}`, status: 404 },
  { name: "a segment after the key", url: (p, k) => `${p}/v1/event/prometheus/${k}/x`, status: 404 },
  { name: "an encoded slash in the route", url: (p, k) => `${p}/v1/event/huawei%2Fcustom/${k}`, status: 404 },
  {
    name: "a malformed escape after the key",
    url: (p, k) => `${p}/v1/event/prometheus/${k}%zz`,
    status: 400,
  },
  {
    name: "a double-encoded key character",
    url: (p, k) => `${p}/v1/event/prometheus/%25${first(k).slice(1)}${k.slice(1)}`,
    status: 401,
  },
];

const PREFIXED: Variant = {
  name: "an encoded path prefix",
  url: (p, k) => `/%${p.charCodeAt(1).toString(16)}${p.slice(2)}/v1/event/prometheus/${k}`,
  status: 200,
};

for (const prefix of ["", "/coc"]) {
  describe(`the intake key in request logs (path prefix "${prefix}")`, () => {
    const sink = lineSink();
    let key: string;
    const h = useHarness({
      config: { pathPrefix: prefix },
      logger: { ...serverLoggerOptions("info"), stream: sink.stream },
    });
    before(async () => {
      const created = await h.request({
        method: "POST",
        url: `${prefix}/incidentd/v1/integrations`,
        token: h.tokens.admin,
        payload: { name: "am", kind: "prometheus" },
      });
      key = created.json().data.integration_key;
    });

    for (const variant of prefix ? [...VARIANTS, PREFIXED] : VARIANTS) {
      it(`never shows the key of a URL with ${variant.name}`, async () => {
        sink.clear();
        const res = await h.request({
          method: "POST",
          url: variant.url(prefix, key),
          token: null,
          payload: alertmanagerPayload([alert()]),
        });
        assert.equal(res.statusCode, variant.status, res.body);
        const text = sink.text();
        const incoming = sink.lines.find((line) => line.msg === "incoming request");
        assert.ok(incoming, text);
        // Not the key, nor the key less the one character an encoding could have changed.
        for (const part of [key, key.slice(1), key.slice(0, -1)]) assert.ok(!text.includes(part), text);
        if (variant.status === 200)
          assert.equal((incoming.req as { url: string }).url, `${prefix}/v1/event/prometheus/***`);
      });
    }
  });
}
