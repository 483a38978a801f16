/** COC's alarm levels (ReportCustomEvent's `alarmLevel`) and what ShowAlarm calls them (`importance`). */
export const ALARM_LEVELS = ["Critical", "Major", "Minor", "Info"] as const;
export type AlarmLevel = (typeof ALARM_LEVELS)[number];

export const IMPORTANCE: Record<AlarmLevel, string> = {
  Critical: "urgent",
  Major: "major",
  Minor: "minor",
  Info: "warn",
};

export function isAlarmLevel(value: string): value is AlarmLevel {
  return (ALARM_LEVELS as readonly string[]).includes(value);
}

export const ALARM_STATUSES = ["alarming", "resolved"] as const;
export type AlarmStatus = (typeof ALARM_STATUSES)[number];

/** ShowAlarm's `importance` back to the level it names. */
export const LEVEL_OF_IMPORTANCE: Record<string, AlarmLevel> = Object.fromEntries(
  Object.entries(IMPORTANCE).map(([level, importance]) => [importance, level as AlarmLevel]),
);

/** What an alarm list may be narrowed by; every criterion given must hold. */
export interface AlarmListFilter {
  statuses?: AlarmStatus[];
  levels?: AlarmLevel[];
  /** The integration that first reported the alarm (`creator`). */
  integrationId?: string;
  /** The alarm's last change (`update_time`) is at or after this (epoch ms)… */
  since?: number;
  /** …and before this. */
  until?: number;
  /** The name or the description contains it, in any case. */
  text?: string;
  /** Linked to this incident, in any episode (by hand or by a transfer rule). */
  incidentNum?: string;
}

export const ALARM_PAGE_SIZE = { default: 50, max: 200 } as const;
export const MAX_ALARM_PAGE = 1_000_000;

/** What one report from an integration says about one alarm. */
export interface AlarmReport {
  alarmId: string;
  firing: boolean;
  /** Sender's clock: when the alarm started (firing) or recovered (recovery). */
  time: number;
  name: string;
  level: AlarmLevel;
  description: string;
  nameSpace: string | null;
  regionId: string | null;
  applicationId: string | null;
  resourceName: string | null;
  resourceId: string | null;
  url: string | null;
  alarmSource: string;
  additional: Record<string, unknown> | null;
}

export interface Alarm {
  rowId: string;
  projectId: string;
  alarmId: string;
  integrationId: string | null;
  kind: string;
  name: string;
  level: AlarmLevel;
  status: AlarmStatus;
  description: string;
  nameSpace: string | null;
  regionId: string | null;
  applicationId: string | null;
  resourceName: string | null;
  resourceId: string | null;
  url: string | null;
  alarmSource: string;
  additional: Record<string, unknown> | null;
  firstOccurTime: number;
  lastOccurTime: number;
  recoveryTime: number | null;
  convergeCount: number;
  episode: number;
  incidentNum: string | null;
  remarks: string | null;
  clearedBy: string | null;
  createTime: number;
  updateTime: number;
  revision: number;
  rulesPendingSince: number | null;
}

/**
 * What a report does to the stored alarm:
 * - converge: it fires again while firing (count + 1);
 * - reopen: it fires after its recovery, later than the recovery: a new episode (count back to 1);
 * - resolve: it recovers while firing;
 * - ignore: it changes nothing (see `reason`).
 */
export type Transition =
  | { kind: "converge" }
  | { kind: "reopen" }
  | { kind: "resolve" }
  | { kind: "ignore"; reason: "already resolved" | "stale firing" | "stale recovery" };

/**
 * Reports may arrive late or twice (senders retry), so one whose time lies before the state it would
 * change is stale: a firing report from before the recorded recovery belongs to the episode that ended,
 * and a recovery from before the current episode began belongs to an earlier one.
 */
export function decideTransition(
  alarm: Pick<Alarm, "status" | "recoveryTime" | "firstOccurTime">,
  report: Pick<AlarmReport, "firing" | "time">,
): Transition {
  if (report.firing) {
    if (alarm.status === "alarming") return { kind: "converge" };
    if (alarm.recoveryTime !== null && report.time <= alarm.recoveryTime)
      return { kind: "ignore", reason: "stale firing" };
    return { kind: "reopen" };
  }
  if (alarm.status === "resolved") return { kind: "ignore", reason: "already resolved" };
  if (report.time < alarm.firstOccurTime) return { kind: "ignore", reason: "stale recovery" };
  return { kind: "resolve" };
}

export const MAX_ALARM_IDS = 100;

/** COC's `alarm_ids`: ids joined with commas. Blanks are dropped and duplicates removed, order kept. */
export function parseAlarmIds(raw: string): { ids: string[]; problem?: string } {
  const ids = [
    ...new Set(
      raw
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  if (ids.length === 0) return { ids, problem: "must name at least one alarm id" };
  if (ids.length > MAX_ALARM_IDS) return { ids, problem: `must name at most ${MAX_ALARM_IDS} alarm ids` };
  const long = ids.find((id) => id.length > 255);
  if (long !== undefined) return { ids, problem: "each alarm id must be at most 255 characters" };
  return { ids };
}
