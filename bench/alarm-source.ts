import { systemClock } from "../src/clock.ts";
import { loadConfig } from "../src/config.ts";
import { databaseOptionsFrom, openDatabase } from "../src/db/database.ts";
import { createDeps } from "../src/deps.ts";
import { createIntegration } from "../src/integrations/integration.service.ts";
import { createTransferRule } from "../src/transfer-rules/transfer-rule.service.ts";
import { appId, PROJECT_ID, userId } from "./fixtures.ts";

/** The namespace every benchmark alarm reports; the transfer rule matches on it. */
export const ALARM_NAMESPACE = "bench";
const LEVELS = ["Critical", "Major", "Minor", "Info"] as const;

/**
 * A `custom` integration and one transfer rule taking every benchmark alarm, made through incidentd's
 * services in the seeded database before the servers start (as the project and token are). The group
 * key is the alarm id, so every new alarm gets an incident of its own and none is linked to another's.
 * `env` selects the database as in prepareDatabase. Returns the integration key for the intake path.
 */
export async function seedAlarmSource(env: Record<string, string>): Promise<string> {
  const config = loadConfig(env);
  const db = openDatabase(databaseOptionsFrom(config));
  try {
    const deps = createDeps(config, db, systemClock);
    const { key } = await createIntegration(deps, PROJECT_ID, { name: "bench monitoring", kind: "custom" });
    await createTransferRule(deps, PROJECT_ID, {
      name: "bench alarms",
      match: { namespace: ALARM_NAMESPACE },
      incident: {
        title_template: "[{{level}}] {{alarm_name}} on {{resource_name}}",
        incident_type: "inc_type_p_security_issues",
        assignee: userId(0),
      },
      group_key: "{{alarm_id}}",
    });
    return key;
  } finally {
    await db.destroy();
  }
}

/** The alarm id a report body sent by AlarmFeed carries (it is the body's first member). */
export function alarmIdOf(body: string): string {
  const start = body.indexOf(':"') + 2;
  return body.slice(start, body.indexOf('"', start));
}

/**
 * Custom-format reports (docs/alarms.md) for the intake: every other report is a new alarm, the others
 * repeat an alarm whose first report the server has already acknowledged (chosen at random), which
 * converges it. Until one is acknowledged, every report is new. Without repeats, every report is new.
 */
export class AlarmFeed {
  /** Alarms whose first report was acknowledged, in the order of their acknowledgement. */
  readonly acknowledged: string[] = [];
  private readonly pendingNew = new Set<string>();
  private readonly firstTime = new Map<string, number>();
  private readonly tag = Date.now().toString(36);
  private sequence = 0;
  private calls = 0;

  /** `repeats` false: every report is a new alarm (a burst of new alarms). */
  constructor(private readonly repeats = true) {}

  /** The next report's body (alarmId first, see alarmIdOf). */
  next(): string {
    const repeat = this.repeats && this.calls++ % 2 === 1 && this.acknowledged.length > 0;
    const alarmId = repeat
      ? (this.acknowledged[Math.floor(Math.random() * this.acknowledged.length)] ?? "")
      : this.newAlarm();
    const seq = Number(alarmId.slice(alarmId.lastIndexOf("n") + 1));
    return JSON.stringify({
      alarmId,
      alarmName: "CPU 使用率超过 90%",
      alarmLevel: LEVELS[seq % LEVELS.length],
      // A repeat keeps the first report's time, as monitoring systems stamp an ongoing alarm.
      time: this.firstTime.get(alarmId),
      nameSpace: ALARM_NAMESPACE,
      regionId: "cn-north-4",
      applicationId: appId(seq),
      resourceName: `node-${seq % 200}`,
      resourceId: `i-${seq.toString(16).padStart(12, "0")}`,
      alarmDesc: "CPU usage above 90% for 5 minutes",
      URL: "https://monitoring.example.com/alarms",
      alarmStatus: "alarm",
      alarmSource: "bench",
      additional: { team: "sre", shard: String(seq % 16) },
    });
  }

  /**
   * The server answered 2xx to `body`. If that was an alarm's first report, its id (the alarm is now
   * available for repeats); undefined for a repeat.
   */
  acknowledge(body: string): string | undefined {
    const alarmId = alarmIdOf(body);
    if (!this.pendingNew.delete(alarmId)) return undefined;
    this.acknowledged.push(alarmId);
    return alarmId;
  }

  private newAlarm(): string {
    // Letters and digits only (the custom format's rule for alarmId).
    const alarmId = `bench${this.tag}n${this.sequence++}`;
    this.pendingNew.add(alarmId);
    this.firstTime.set(alarmId, Date.now());
    return alarmId;
  }
}
