import { setTimeout as sleep } from "node:timers/promises";
import type { Server } from "./processes.ts";

/** Every this many-th new alarm of the measured time is watched (the polls are load on the server too). */
export const WATCH_EVERY = 25;
/** Polling interval: at least this, else a tenth of the time waited so far (≤ 10% resolution). */
const MIN_INTERVAL_MS = 2;
const RELATIVE_INTERVAL = 0.1;
/** A watched alarm without an incident after this long is counted as not processed. */
const WATCH_LIMIT_MS = 120_000;

/**
 * The delay a client sees: from the intake's 2xx (as the client received it) until ShowAlarm shows the
 * incident (`associate_event_id`), for a sample of the new alarms, while the load runs. Each watched alarm
 * is polled on its own, first after MIN_INTERVAL_MS, then ever more slowly; the figure is the send time of
 * the first poll that saw the incident, so it overstates the delay by at most one interval.
 */
export class VisibilityWatcher {
  readonly delaysMs: number[] = [];
  /** Watched alarms still without an incident after WATCH_LIMIT_MS. */
  timedOut = 0;
  failures = 0;
  firstFailure?: string;
  private readonly watching = new Set<Promise<void>>();
  private next = 0;

  constructor(
    private readonly nodes: Server[],
    private readonly token: string,
  ) {}

  watch(alarmId: string, ackedAt: number): void {
    const promise = this.poll(alarmId, ackedAt).finally(() => this.watching.delete(promise));
    this.watching.add(promise);
  }

  /** Waits for every watched alarm's incident (or its time limit). */
  async done(): Promise<void> {
    await Promise.all(this.watching);
  }

  private async poll(alarmId: string, ackedAt: number): Promise<void> {
    for (;;) {
      const waited = performance.now() - ackedAt;
      if (waited > WATCH_LIMIT_MS) {
        this.timedOut++;
        return;
      }
      await sleep(Math.max(MIN_INTERVAL_MS, waited * RELATIVE_INTERVAL));
      const sent = performance.now();
      const base = this.nodes[this.next++ % this.nodes.length]?.baseUrl;
      const path = `/v1/alarm-mgmt/alarm/${alarmId}`;
      try {
        const res = await fetch(`${base}${path}`, { headers: { "x-auth-token": this.token } });
        const text = await res.text();
        if (res.status !== 200) {
          this.failures++;
          this.firstFailure ??= `GET ${path} answered ${res.status}: ${text.slice(0, 300)}`;
          return;
        }
        if ((JSON.parse(text) as { data: { associate_event_id?: string } }).data.associate_event_id) {
          this.delaysMs.push(sent - ackedAt);
          return;
        }
      } catch (error) {
        this.failures++;
        this.firstFailure ??= `GET ${path}: ${error instanceof Error ? error.message : String(error)}`;
        return;
      }
    }
  }
}
