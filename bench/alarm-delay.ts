import { setTimeout as sleep } from "node:timers/promises";
import type { Server } from "./processes.ts";

/** Stop waiting for the processor once it has linked no alarm for this long... */
const STALL_SECONDS = 30;
/** ...and at the latest this long after the load ended (run.ts's time limit counts it). */
export const DRAIN_LIMIT_SECONDS = 300;
const POLL_MS = 200;
const CONCURRENCY = 8;

export interface DelayResult {
  /** Per processed alarm: incident create_time - alarm create_time, in ms (both incidentd's clock). */
  delaysMs: number[];
  /** The incidents' create times, to tell the processor's rate. */
  incidentTimes: number[];
  /** Alarms still without an incident when the wait ended. */
  unprocessed: number;
  /** Look-ups that failed (non-200, socket error, an answer without the field). */
  failures: number;
  firstFailure?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: ShowAlarm's and ShowCocIncidentDetail's data, read field by field.
type Data = any;

interface Lookup {
  nodes: Server[];
  token: string;
  next: number;
  result: DelayResult;
}

/** GET `path` on the next node; its `data`, or undefined after counting the failure. */
async function get(lookup: Lookup, path: string): Promise<Data> {
  const base = lookup.nodes[lookup.next++ % lookup.nodes.length]?.baseUrl;
  try {
    const res = await fetch(`${base}${path}`, { headers: { "x-auth-token": lookup.token } });
    const text = await res.text();
    if (res.status === 200) return (JSON.parse(text) as { data: Data }).data;
    lookup.result.firstFailure ??= `GET ${path} answered ${res.status}: ${text.slice(0, 300)}`;
  } catch (error) {
    lookup.result.firstFailure ??= `GET ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
  lookup.result.failures++;
  return undefined;
}

async function forEachLimited<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

/** The alarm's create_time and its incident, or undefined while it has none. */
async function linkOf(lookup: Lookup, alarmId: string) {
  const alarm = await get(lookup, `/v1/alarm-mgmt/alarm/${alarmId}`);
  if (!alarm?.associate_event_id) return undefined;
  return { created: Number(alarm.create_time), incident: String(alarm.associate_event_id) };
}

/**
 * Waits until the processor has made an incident for every alarm of `alarmIds` (given in the order of
 * their acknowledgement) and measures, per alarm, the time from its intake to its incident's creation:
 * the incident's `create_time` (ShowCocIncidentDetail) minus the alarm's `create_time` (ShowAlarm), both
 * stamped by incidentd's clock in ms, so neither client timing nor the polling interval enters the figure.
 * The processor claims the oldest pending alarms first, so the newest alarm is watched until it has its
 * incident; then every alarm is looked up, and those still without one are looked up again until the
 * processor stalls or the time limit passes.
 */
export async function measureDelays(
  nodes: Server[],
  token: string,
  alarmIds: string[],
  log: (line: string) => void,
): Promise<DelayResult> {
  const result: DelayResult = { delaysMs: [], incidentTimes: [], unprocessed: 0, failures: 0 };
  const lookup: Lookup = { nodes, token, next: 0, result };
  const started = performance.now();
  const deadline = started + DRAIN_LIMIT_SECONDS * 1000;
  const newest = alarmIds.at(-1);
  while (newest !== undefined && performance.now() < deadline) {
    if ((await linkOf(lookup, newest)) || result.failures > 0) break;
    await sleep(POLL_MS);
  }
  const links = new Map<string, { created: number; incident: string }>();
  let pending = alarmIds;
  let progressAt = performance.now();
  let loggedAt = 0;
  while (pending.length > 0 && result.failures === 0) {
    const still: string[] = [];
    await forEachLimited(pending, async (alarmId) => {
      const link = await linkOf(lookup, alarmId);
      if (link) links.set(alarmId, link);
      else still.push(alarmId);
    });
    const now = performance.now();
    if (still.length < pending.length) progressAt = now;
    pending = still;
    if (pending.length === 0 || now - progressAt > STALL_SECONDS * 1000 || now > deadline) break;
    if (now - loggedAt > 5000) {
      log(`  waiting for the processor: ${pending.length} alarms without an incident yet`);
      loggedAt = now;
    }
    await sleep(POLL_MS);
  }
  result.unprocessed = pending.length;
  log(
    `  ${links.size} incidents found ${((performance.now() - started) / 1000).toFixed(1)} s after the load ended`,
  );
  await forEachLimited([...links.values()], async (link) => {
    const incident = await get(lookup, `/v1/external/incident/${link.incident}`);
    if (incident === undefined) return;
    const created = Number(incident.create_time);
    result.incidentTimes.push(created);
    result.delaysMs.push(created - link.created);
  });
  return result;
}
