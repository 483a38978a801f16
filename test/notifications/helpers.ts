import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { Harness } from "../../testkit/harness.ts";

export interface Mail {
  to: string[];
  raw: string;
}

/** A real local SMTP server (the `smtp-server` package) keeping every message it accepts. */
export class MailBox {
  readonly mails: Mail[] = [];
  readonly #server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        this.mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8").replace(/=\r\n/g, ""),
        });
        callback();
      });
    },
  });
  start = () => new Promise<void>((r) => this.#server.listen(0, "127.0.0.1", () => r()));
  get url() {
    return `smtp://127.0.0.1:${(this.#server.server.address() as AddressInfo).port}`;
  }
  close = () => new Promise<void>((r) => this.#server.close(() => r()));
}

/** A local fake chat bot: keeps each body and answers as WeCom and DingTalk do when they accept. */
export class FakeBot {
  readonly got: Array<{ path: string; body: Record<string, unknown> }> = [];
  readonly #server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      this.got.push({ path: req.url ?? "/", body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
      res.writeHead(200, { "content-type": "application/json" }).end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  start = () => new Promise<void>((r) => this.#server.listen(0, "127.0.0.1", r));
  url = (path: string) => `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}${path}`;
  close = () => {
    this.#server.closeAllConnections();
    return new Promise<void>((r) => this.#server.close(() => r()));
  };
  /** The bodies posted to `path`. */
  at = (path: string) => this.got.filter((g) => g.path.startsWith(path)).map((g) => g.body);
}

export async function addDirectoryUser(h: Harness, id: string, email: string | null = null) {
  const res = await h.request({
    method: "POST",
    url: "/incidentd/v1/users",
    token: h.tokens.admin,
    payload: { id, display_name: `Person ${id}`, email },
  });
  assert.equal(res.statusCode, 200, res.body);
}

export async function addApplication(h: Harness, id: string) {
  const res = await h.request({
    method: "POST",
    url: "/incidentd/v1/applications",
    token: h.tokens.admin,
    payload: { id, name: `Application ${id}` },
  });
  assert.equal(res.statusCode, 200, res.body);
}

/** PUTs a user's methods or rules as an admin; returns the answer's data. */
export async function putAsAdmin(h: Harness, url: string, payload: Record<string, unknown>) {
  const res = await h.request({ method: "PUT", url, token: h.tokens.admin, payload });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().data;
}
