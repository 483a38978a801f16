import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { serverLoggerOptions } from "../../src/http/log-options.ts";
import { exampleIncident } from "../../testkit/harness.ts";
import { lineSink } from "../helpers/log-sink.ts";
import { addPerson, signIn, signInRequest } from "../helpers/sessions.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("what the log shows of people signing in", () => {
  const sink = lineSink();
  const h = useHarness({ logger: { ...serverLoggerOptions("trace"), stream: sink.stream } });

  it("never writes a password, the session secret or the CSRF token, even at trace level", async () => {
    const password = await addPerson(h, "quinn", "writer", "quinn-secret-pw");
    sink.clear();
    await signInRequest(h, { user_id: "quinn", password: "quinn-wrong-pw" });
    const { cookie, csrf } = await signIn(h, "quinn", password);
    const created = await h.request({
      method: "POST",
      url: "/v1/external/incident/create",
      payload: exampleIncident(),
      token: null,
      headers: { cookie, "x-csrf-token": csrf },
    });
    assert.equal(created.statusCode, 200, created.body);
    await h.request({
      method: "POST",
      url: "/v1/external/incident/create",
      payload: {},
      token: null,
      headers: { cookie },
    });
    const text = sink.text();
    assert.ok(sink.lines.length >= 8, text);
    const secret = cookie.slice("incidentd_session=".length);
    for (const [what, value] of Object.entries({ password, wrong: "quinn-wrong-pw", secret, csrf }))
      assert.ok(!text.includes(value), `${what} in the log`);
  });
});
