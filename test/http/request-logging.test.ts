import assert from "node:assert/strict";
import { describe, it } from "node:test";
import Fastify, { type FastifyBaseLogger, type FastifyReply, type FastifyRequest } from "fastify";
import { lazyRequestLogger, requestLogController } from "../../src/http/request-logger.ts";
import { lineSink } from "../helpers/log-sink.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("request logging (every line written for a request carries its request id)", () => {
  describe("at LOG_LEVEL=info", () => {
    const sink = lineSink();
    const h = useHarness({ logger: { level: "info", stream: sink.stream } });

    it("logs the incoming request and its completion under the id it answered with", async () => {
      sink.lines.length = 0;
      const res = await h.request({
        method: "GET",
        url: "/healthz",
        headers: { "x-request-id": "trace-41" },
      });
      assert.equal(res.headers["x-request-id"], "trace-41");
      const messages = sink.lines.filter((line) => line.reqId === "trace-41").map((line) => line.msg);
      assert.deepEqual(messages, ["incoming request", "request completed"]);
    });
  });

  describe("at LOG_LEVEL=warn", () => {
    const sink = lineSink();
    const h = useHarness({
      logger: { level: "warn", stream: sink.stream },
      beforeReady: (app) => {
        app.get("/test/warns", { config: { access: "public" } }, async (request) => {
          request.log.info("not written at warn");
          request.log.warn({ detail: 1 }, "first warning");
          request.log.warn("second warning");
          return { ok: true };
        });
        app.get("/test/fails", { config: { access: "public" } }, async () => {
          throw new Error("boom");
        });
      },
    });

    it("writes nothing for a request that logs nothing at that level", async () => {
      sink.lines.length = 0;
      const res = await h.request({ method: "GET", url: "/healthz" });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(sink.lines, []);
    });

    it("writes a route's warnings, and only those, with the request id", async () => {
      sink.lines.length = 0;
      const res = await h.request({ method: "GET", url: "/test/warns" });
      const id = res.headers["x-request-id"];
      assert.ok(typeof id === "string" && id.length > 0);
      assert.deepEqual(
        sink.lines.map((line) => [line.reqId, line.msg, line.detail]),
        [
          [id, "first warning", 1],
          [id, "second warning", undefined],
        ],
      );
    });

    it("logs an unexpected error with the request id of the 500 it answered", async () => {
      sink.lines.length = 0;
      const res = await h.request({ method: "GET", url: "/test/fails" });
      assert.equal(res.statusCode, 500);
      const logged = sink.lines.find((line) => line.msg === "unexpected error");
      assert.ok(logged, JSON.stringify(sink.lines));
      assert.equal(logged.reqId, res.headers["x-request-id"]);
      assert.equal((logged.err as { message?: string }).message, "boom");
    });
  });
});

describe("lazyRequestLogger", () => {
  function parentWithCount(level: string) {
    const sink = lineSink();
    // Fastify's own pino instance, configured as the server configures it.
    const parent = Fastify({ logger: { level, stream: sink.stream } }).log;
    const counted = { children: 0 };
    const original = parent.child;
    // Unbound: pino's children inherit this method, and must call it on themselves.
    parent.child = function (this: typeof parent, ...args: Parameters<typeof parent.child>) {
      counted.children++;
      return original.apply(this, args);
    } as typeof parent.child;
    return { parent, sink, counted };
  }

  it("makes the child only on the first line written, and then only once", () => {
    const { parent, sink, counted } = parentWithCount("warn");
    const log = lazyRequestLogger(parent, { reqId: "r1" }, {});
    log.info("dropped");
    log.debug("dropped");
    assert.equal(counted.children, 0);
    assert.equal(log.level, "warn");
    log.error("one");
    log.warn({ n: 2 }, "two");
    assert.equal(counted.children, 1);
    assert.deepEqual(
      sink.lines.map((line) => [line.reqId, line.msg, line.n]),
      [
        ["r1", "one", undefined],
        ["r1", "two", 2],
      ],
    );
  });

  it("follows a level set on it, and its own children carry both bindings", () => {
    const { parent, sink } = parentWithCount("warn");
    const log = lazyRequestLogger(parent, { reqId: "r2" }, {});
    log.level = "debug";
    log.debug("now written");
    log.child({ step: "inner" }).warn("nested");
    assert.deepEqual(
      sink.lines.map((line) => [line.reqId, line.step, line.msg]),
      [
        ["r2", undefined, "now written"],
        ["r2", "inner", "nested"],
      ],
    );
  });

  it("makes the child at once when given child options (a route's own level)", () => {
    const { parent, sink, counted } = parentWithCount("warn");
    const log = lazyRequestLogger(parent, { reqId: "r3" }, { level: "info" });
    assert.equal(counted.children, 1);
    log.info("route level applies");
    assert.deepEqual(
      sink.lines.map((line) => [line.reqId, line.msg]),
      [["r3", "route level applies"]],
    );
  });

  it("hands a logger that cannot tell its levels (Fastify's no-op one) its own child", () => {
    const made: unknown[] = [];
    const noop = () => undefined;
    const plain: FastifyBaseLogger = {
      level: "silent",
      fatal: noop,
      error: noop,
      warn: noop,
      info: noop,
      debug: noop,
      trace: noop,
      silent: noop,
      child(bindings) {
        made.push(bindings);
        return plain;
      },
    };
    assert.equal(lazyRequestLogger(plain, { reqId: "r4" }, {}), plain);
    assert.deepEqual(made, [{ reqId: "r4" }]);
  });
});

describe("requestLogController", () => {
  /** A request/reply pair whose logger records the levels it is asked to write. */
  function recorded() {
    const asked: string[] = [];
    const log = new Proxy({}, { get: (_target, level) => () => asked.push(String(level)) });
    const request = { log, raw: { method: "GET", url: "/x" } } as unknown as FastifyRequest;
    const reply = { log, request, elapsedTime: 1, statusCode: 200 } as unknown as FastifyReply;
    return { asked, request, reply };
  }

  it("leaves Fastify's own controller in place when info lines are written", () => {
    for (const level of [undefined, "info", "debug", "trace"])
      assert.equal(requestLogController(level), undefined);
  });

  it("above info, does not even ask for the per-request info lines, but still logs a failed response", () => {
    for (const level of ["warn", "error", "fatal", "silent"]) {
      const controller = requestLogController(level);
      assert.ok(controller, level);
      const { asked, request, reply } = recorded();
      controller.incomingRequest(request, reply);
      controller.requestCompleted(null, request, reply);
      controller.routeNotFound(request, reply);
      assert.deepEqual(asked, [], level);
      controller.requestCompleted(new Error("socket hang up"), request, reply);
      assert.deepEqual(asked, ["error"], level);
    }
  });
});
