import type { IncidentEventType } from "./incident-events.ts";
import type { IncidentEventBus } from "./incident-transaction.ts";

/**
 * Counts the incident events this process has committed, by type and level: the in-process subscriber
 * of the event bus (the metrics endpoint reads it). Counted after the commit, so a rolled-back change
 * counts nothing.
 */
export class IncidentEventCounter {
  readonly #counts = new Map<string, number>();

  constructor(bus: IncidentEventBus) {
    bus.subscribe(({ event, after }, tx) => {
      const key = `${event.type}\u0000${after.level}`;
      tx.afterCommit(() => this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1));
    });
  }

  /** Committed events of a type (of one level, or of every level). */
  count(type: IncidentEventType, level?: string): number {
    let total = 0;
    for (const [key, n] of this.#counts) {
      const [t, l] = key.split("\u0000");
      if (t === type && (level === undefined || l === level)) total += n;
    }
    return total;
  }
}
