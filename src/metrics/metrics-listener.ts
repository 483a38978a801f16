import { createServer, type Server } from "node:http";
import type { Metrics } from "./metrics.ts";

/**
 * INCIDENTD_METRICS_PORT: GET /metrics without credentials, on a listener of its own (by default on
 * 127.0.0.1), for a scraper in a private network. It serves nothing else: every other path is 404.
 */
export async function listenForMetrics(metrics: Metrics, host: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if (path !== "/metrics" || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    metrics.render().then(
      (body) => {
        response.writeHead(200, { "content-type": metrics.contentType, "cache-control": "no-store" });
        response.end(request.method === "HEAD" ? undefined : body);
      },
      () => response.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("metrics failed\n"),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return server;
}

/** Stops the listener, ending idle keep-alive connections of the scraper. */
export function closeMetricsListener(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
