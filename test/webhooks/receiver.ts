import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface Received {
  id: string;
  body: string;
  payload: { type: string; timestamp: string; data: Record<string, unknown> & { version: number } };
  /** Which of the receiver's secrets verified the delivery (standardwebhooks' Webhook.verify). */
  verifiedBy: number[];
  signature: string;
}

/**
 * A real local HTTP receiver that verifies every delivery with the `standardwebhooks` package against
 * each secret it is given; `answer` decides the response (default 204).
 */
export class Receiver {
  readonly received: Received[] = [];
  secrets: string[] = [];
  answer: (r: Received) => { status: number; body?: string } = () => ({ status: 204 });
  readonly #server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = {
        "webhook-id": String(req.headers["webhook-id"]),
        "webhook-timestamp": String(req.headers["webhook-timestamp"]),
        "webhook-signature": String(req.headers["webhook-signature"]),
      };
      const verifiedBy: number[] = [];
      this.secrets.forEach((secret, i) => {
        try {
          new Webhook(secret).verify(body, headers);
          verifiedBy.push(i);
        } catch {}
      });
      const received: Received = {
        id: headers["webhook-id"],
        body,
        payload: JSON.parse(body),
        verifiedBy,
        signature: headers["webhook-signature"],
      };
      this.received.push(received);
      const { status, body: answer } = this.answer(received);
      res.writeHead(status, { "content-type": "text/plain" }).end(answer ?? "");
    });
  });

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/hook`;
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
