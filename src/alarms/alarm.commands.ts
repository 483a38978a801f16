import { resolveProject, UsageError, withDeps } from "../cli/context.ts";
import type { Config } from "../config.ts";
import { listAlarms } from "./alarm.service.ts";
import {
  ALARM_LEVELS,
  ALARM_PAGE_SIZE,
  ALARM_STATUSES,
  type AlarmLevel,
  type AlarmListFilter,
  type AlarmStatus,
  MAX_ALARM_PAGE,
} from "./alarm.ts";

type Flags = Record<string, string | undefined>;
type Print = (line: string) => void;
type Command = (config: Config, args: string[], flags: Flags, print: Print) => Promise<void>;

/** `--flag a,b`: each value one of `allowed`. */
function listFlag<T extends string>(flags: Flags, name: string, allowed: readonly T[]): T[] | undefined {
  const raw = flags[name];
  if (raw === undefined) return undefined;
  const values = raw.split(",").map((v) => v.trim());
  const bad = values.find((v) => !(allowed as readonly string[]).includes(v));
  if (bad !== undefined)
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${bad}")`);
  return values as T[];
}

/** `--since`/`--until`: epoch milliseconds or an ISO 8601 date-time. */
function timeFlag(flags: Flags, name: string): number | undefined {
  const raw = flags[name];
  if (raw === undefined) return undefined;
  const ms = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  if (!Number.isSafeInteger(ms) || ms < 0)
    throw new UsageError(`--${name} must be epoch milliseconds or an ISO 8601 date-time`);
  return ms;
}

function intFlag(flags: Flags, name: string, fallback: number, max: number): number {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > max)
    throw new UsageError(`--${name} must be an integer from 1 to ${max}`);
  return n;
}

const date = (ms: number) => new Date(ms).toISOString();

/** `incidentd alarm …` (registered in src/cli/commands.ts). */
export const ALARM_COMMANDS: Record<string, Command> = {
  "alarm list": async (config, _args, flags, print) => {
    const filter: AlarmListFilter = {
      statuses: listFlag<AlarmStatus>(flags, "status", ALARM_STATUSES),
      levels: listFlag<AlarmLevel>(flags, "level", ALARM_LEVELS),
      integrationId: flags.integration || undefined,
      since: timeFlag(flags, "since"),
      until: timeFlag(flags, "until"),
      text: flags.text || undefined,
    };
    const paging = {
      page: intFlag(flags, "page", 1, MAX_ALARM_PAGE),
      perPage: intFlag(flags, "per-page", ALARM_PAGE_SIZE.default, ALARM_PAGE_SIZE.max),
    };
    return withDeps(config, async (deps) => {
      const projectId = await resolveProject(deps, flags.project);
      const { total, alarms } = await listAlarms(deps, projectId, filter, paging);
      for (const { alarm, integrationName } of alarms) {
        const source = integrationName ?? alarm.integrationId ?? "-";
        print(
          `${alarm.alarmId}\t${alarm.status}\t${alarm.level}\t${alarm.name}\t${source}\tupdated ${date(alarm.updateTime)}\tincident ${alarm.incidentNum ?? "-"}`,
        );
      }
      const first = (paging.page - 1) * paging.perPage;
      print(
        alarms.length === 0
          ? `no alarms on page ${paging.page} (${total} match)`
          : `alarms ${first + 1}-${first + alarms.length} of ${total} (page ${paging.page}, --per-page ${paging.perPage})`,
      );
    });
  },
};
