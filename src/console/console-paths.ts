import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Where `npm run build` puts the console (vite, console/vite.config.ts). The serving code runs from src/
 * (tsx) or dist/ (the build); both sit two levels under the project root.
 */
export function consoleDirectory(): string {
  const here = import.meta.dirname;
  const candidates = [
    path.resolve(here, "../../dist/www"),
    path.resolve(here, "www"),
    path.resolve(here, "../www"),
  ];
  return candidates.find((dir) => existsSync(path.join(dir, "index.html"))) ?? (candidates[0] as string);
}

/** First path segments that always belong to the API, whatever routes exist (COC's versions, ops, docs). */
const API_SEGMENTS = ["v1", "v2", "v3", "incidentd", "docs", "openapi.json", "healthz", "readyz"];

/**
 * The first path segments of the API: the fixed ones, every registered route's and the path prefix's. A
 * request under one of them is never answered with the console, so its 404 stays the API's envelope.
 */
export function apiSegments(routeUrls: readonly string[], pathPrefix: string): Set<string> {
  const segments = new Set(API_SEGMENTS);
  for (const url of [...routeUrls, pathPrefix]) {
    const first = url.split("/")[1];
    if (first && !first.startsWith(":") && first !== "*") segments.add(first);
  }
  return segments;
}

/** The first segment of a request URL's path, percent-decoding left alone ("/v1/x?y" → "v1"). */
export function firstSegment(url: string): string {
  const pathOnly = url.split(/[?#]/, 1)[0] ?? "";
  return pathOnly.split("/")[1] ?? "";
}
