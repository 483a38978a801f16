import type { Histogram } from "prom-client";

/** A label's distinct values are capped: values past the cap are reported as "other". */
export const LABEL_CAP = 64;
export const OTHER = "other";
/** The route label of a request no route matched (any path: a 404 never makes a new label). */
export const UNMATCHED_ROUTE = "(unmatched)";

const STATUS_CLASSES = ["1xx", "2xx", "3xx", "4xx", "5xx"] as const;
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * Keeps a label's cardinality bounded whatever the data: catalogue levels and sources are few, but an
 * admin can add entries; the first `LABEL_CAP` values are kept, later ones become "other".
 */
export class LabelCap {
  readonly #seen = new Set<string>();

  of(value: string): string {
    if (this.#seen.has(value)) return value;
    if (this.#seen.size >= LABEL_CAP) return OTHER;
    this.#seen.add(value);
    return value;
  }
}

type Child = Histogram.Internal<"method" | "route" | "status_class">;

/**
 * The HTTP histogram's children, looked up without building a key: route pattern → method → status class.
 * Route patterns are the app's own (bounded by the route table); unmatched paths share one label, and so
 * do unusual methods on them.
 */
export class RequestTimings {
  readonly #children = new Map<string, Map<string, Child[]>>();

  constructor(readonly histogram: Histogram<"method" | "route" | "status_class">) {}

  observe(method: string, route: string | undefined, status: number, seconds: number): void {
    const pattern = route ?? UNMATCHED_ROUTE;
    let byMethod = this.#children.get(pattern);
    if (!byMethod) {
      byMethod = new Map();
      this.#children.set(pattern, byMethod);
    }
    let children = byMethod.get(method);
    if (!children) {
      const label = route !== undefined || METHODS.has(method) ? method : OTHER;
      children = byMethod.get(label);
      if (!children) {
        children = STATUS_CLASSES.map((c) => this.histogram.labels(label, pattern, c));
        byMethod.set(label, children);
      }
    }
    const index = Math.min(Math.max(Math.floor(status / 100) - 1, 0), 4);
    (children[index] as Child).observe(seconds);
  }
}
