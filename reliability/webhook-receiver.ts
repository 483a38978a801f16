import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

/**
 * The crash test's receiver: a local HTTP server that verifies every delivery with the `standardwebhooks`
 * package (an implementation incidentd's authors did not write) and keeps, per incident, how many
 * `incident.created` events arrived. It answers after `delayMs`, so deliveries are in flight at the kills.
 */
export class VerifyingReceiver {
  secret = "";
  delayMs = 0;
  /** incident_num → number of incident.created deliveries that verified. */
  readonly created = new Map<string, number>();
  readonly ids = new Set<string>();
  deliveries = 0;
  duplicates = 0;
  refused = 0;
  readonly #server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const id = String(req.headers["webhook-id"]);
      try {
        const event = new Webhook(this.secret).verify(body, {
          "webhook-id": id,
          "webhook-timestamp": String(req.headers["webhook-timestamp"]),
          "webhook-signature": String(req.headers["webhook-signature"]),
        }) as { type: string; data: { incident: { incident_num: string } } };
        this.deliveries++;
        if (this.ids.has(id)) this.duplicates++;
        this.ids.add(id);
        if (event.type === "incident.created") {
          const num = event.data.incident.incident_num;
          this.created.set(num, (this.created.get(num) ?? 0) + 1);
        }
        setTimeout(() => res.writeHead(204).end(), this.delayMs);
      } catch {
        this.refused++;
        res.writeHead(400).end("signature does not verify");
      }
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
