/**
 * Fault injection (docs/emulator.md): "the next `count` requests matching method + path (or COC operation
 * name) answer with this status and error code, or after this delay, or lose their connection". Pure
 * state; the HTTP hook (routes/emulator-hooks.ts) applies what `take` returns.
 */
export interface FaultSpec {
  method?: string;
  path?: string;
  operation?: string;
  count: number;
  status?: number;
  error_code?: string;
  delay_ms?: number;
  reset_connection?: boolean;
}

export interface Fault extends FaultSpec {
  id: number;
  /** How many more requests it applies to. */
  remaining: number;
}

export interface FaultTarget {
  method: string;
  /** The request's path without the query string and without the service's path prefix. */
  path: string;
  operation: string | undefined;
}

export class FaultList {
  private faults: Fault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: this.nextId++, remaining: spec.count };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault the request matches, with one use taken from it (gone once used up). */
  take(target: FaultTarget): Fault | undefined {
    const fault = this.faults.find((candidate) => matches(candidate, target));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    return { ...fault };
  }
}

function matches(fault: Fault, target: FaultTarget): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== target.method) return false;
  if (fault.operation !== undefined && fault.operation !== target.operation) return false;
  if (fault.path !== undefined && !pathMatches(fault.path, target.path)) return false;
  return true;
}

/** Exact path, or a prefix ending in `*` (e.g. `/v1/external/incident/*`). */
function pathMatches(pattern: string, path: string): boolean {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  return pattern.endsWith("*") ? trimmed.startsWith(pattern.slice(0, -1)) : trimmed === pattern;
}
