import type { Server, ServerResponse } from "node:http";
import { isIPv6, type Socket } from "node:net";
import type { Config } from "../config.ts";

/** Above this share of the connection limit the server is under pressure: idle connections close sooner. */
const PRESSURE_SHARE = 0.5;
/** This share of the connection limit is kept for clients holding few connections. */
const RESERVE_SHARE = 0.1;
/** A client holding this many connections or more may not take the reserve. */
const RESERVE_HOLDING = 8;

interface Tracked {
  client: string;
  /** The latest request's response; while it is not ended the connection is busy. */
  response?: ServerResponse;
  /** `socket.bytesRead` when last looked at, and since when nothing has arrived and nothing was pending. */
  bytesRead: number;
  idleSince: number;
}

/**
 * The address connections are counted against: IPv4 addresses as they are (IPv4-mapped IPv6 included),
 * IPv6 addresses by their /64 prefix, since one host is routinely given a whole /64.
 */
export function clientKey(address: string | undefined): string {
  if (!address) return "";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const bare = address.split("%")[0] ?? address;
  const [head = "", tail] = bare.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

/**
 * Unauthenticated clients cannot hold the server by opening connections and leaving them idle (docs/security.md):
 * each client address may hold at most `maxConnectionsPerClient`; the last tenth of `maxConnections` is kept for
 * clients holding fewer than eight; and once more than half of `maxConnections` are open, a connection that has
 * no request in progress and received nothing for `idleUnderPressureMs` is closed (otherwise the keep-alive
 * timeout of 72 s applies). Node itself refuses connections beyond `maxConnections`.
 */
export function guardConnections(server: Server, limits: Config["limits"]): void {
  const { maxConnections, maxConnectionsPerClient, idleUnderPressureMs } = limits;
  if (maxConnections > 0) server.maxConnections = maxConnections;
  if (maxConnections === 0 && maxConnectionsPerClient === 0) return;
  const pressureAbove = maxConnections > 0 ? Math.floor(maxConnections * PRESSURE_SHARE) : Infinity;
  const reserveFrom =
    maxConnections > 0 ? maxConnections - Math.ceil(maxConnections * RESERVE_SHARE) : Infinity;
  const tracked = new Map<Socket, Tracked>();
  const perClient = new Map<string, number>();
  let sweeper: NodeJS.Timeout | undefined;

  const sweep = () => {
    if (tracked.size <= pressureAbove) {
      clearInterval(sweeper);
      sweeper = undefined;
      return;
    }
    const now = Date.now();
    for (const [socket, entry] of tracked) {
      const busy = entry.response !== undefined && !entry.response.writableEnded;
      if (busy || socket.bytesRead !== entry.bytesRead) {
        entry.bytesRead = socket.bytesRead;
        entry.idleSince = now;
      } else if (now - entry.idleSince >= idleUnderPressureMs) {
        socket.destroy();
      }
    }
  };

  server.on("connection", (socket: Socket) => {
    const client = clientKey(socket.remoteAddress);
    const holding = perClient.get(client) ?? 0;
    const refused =
      (maxConnectionsPerClient > 0 && holding >= maxConnectionsPerClient) ||
      (tracked.size >= reserveFrom && holding >= RESERVE_HOLDING);
    if (refused) {
      socket.destroy();
      return;
    }
    perClient.set(client, holding + 1);
    tracked.set(socket, { client, bytesRead: 0, idleSince: Date.now() });
    socket.once("close", () => {
      tracked.delete(socket);
      const left = (perClient.get(client) ?? 1) - 1;
      if (left > 0) perClient.set(client, left);
      else perClient.delete(client);
    });
    if (tracked.size > pressureAbove && sweeper === undefined) {
      sweeper = setInterval(sweep, Math.max(10, Math.min(1000, Math.floor(idleUnderPressureMs / 4))));
      sweeper.unref();
    }
  });
  server.on("request", (request, response) => {
    const entry = tracked.get(request.socket);
    if (entry) entry.response = response;
  });
  server.once("close", () => clearInterval(sweeper));
}
