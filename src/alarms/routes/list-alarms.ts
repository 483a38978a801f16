import { type TLiteral, Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { sendLargeAnswersAsBytes } from "../../http/large-answers.ts";
import { Str } from "../../http/wire-types.ts";
import { AlarmInfoSchema, toAlarmInfo } from "../alarm.schemas.ts";
import { listAlarms } from "../alarm.service.ts";
import {
  ALARM_LEVELS,
  ALARM_PAGE_SIZE,
  ALARM_STATUSES,
  type AlarmLevel,
  type AlarmStatus,
  IMPORTANCE,
  LEVEL_OF_IMPORTANCE,
  MAX_ALARM_PAGE,
} from "../alarm.ts";

/** A query parameter that may be repeated (`?status=a&status=b`), each value one of `values`. */
function OneOf(values: readonly string[], description: string) {
  const literals: TLiteral<string>[] = values.map((v) => Type.Literal(v));
  return Type.Optional(
    Type.Array(Type.Union(literals, { "x-expected": `one of ${values.join(", ")}` }), {
      maxItems: values.length,
      description: `${description} Repeat the parameter for several (any of them matches).`,
    }),
  );
}

const EpochMs = (description: string) =>
  Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description }));

const ListAlarmsQuery = Type.Object({
  status: OneOf(ALARM_STATUSES, "alarming or resolved."),
  alarm_level: OneOf(ALARM_LEVELS, "The reported level."),
  importance: OneOf(Object.values(IMPORTANCE), "ShowAlarm's name for the level (urgent = Critical, …)."),
  integration_id: Type.Optional(
    Str(64, { minLength: 1, description: "The integration that first reported the alarm (creator)." }),
  ),
  since: EpochMs("Last changed (update_time) at or after this, epoch milliseconds."),
  until: EpochMs("Last changed before this, epoch milliseconds."),
  text: Type.Optional(
    Str(255, {
      minLength: 1,
      description: "The name or the description contains this text (any case; % and _ are plain characters).",
    }),
  ),
  incident_num: Type.Optional(
    Str(64, {
      minLength: 1,
      description: "Alarms linked to this incident, in any episode (by TransferAlarmToIncident or a rule).",
    }),
  ),
  page: Type.Optional(
    Type.Integer({ minimum: 1, maximum: MAX_ALARM_PAGE, description: "1 = the first page." }),
  ),
  per_page: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: ALARM_PAGE_SIZE.max,
      description: `Alarms per page, default ${ALARM_PAGE_SIZE.default}, at most ${ALARM_PAGE_SIZE.max}.`,
    }),
  ),
});

/** alarm_level and importance name the same column; given both, an alarm must match each. */
function levelsOf(
  levels: AlarmLevel[] | undefined,
  importance: string[] | undefined,
): AlarmLevel[] | undefined {
  const fromImportance = importance?.map((i) => LEVEL_OF_IMPORTANCE[i] as AlarmLevel);
  if (!levels) return fromImportance;
  if (!fromImportance) return levels;
  return levels.filter((l) => fromImportance.includes(l));
}

export const listAlarmsRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/alarms`,
    {
      config: { access: "reader" },
      onSend: sendLargeAnswersAsBytes,
      schema: {
        operationId: "ListAlarms",
        summary: "List the project's alarms, the latest change first, a page at a time (incidentd extension)",
        description:
          "Each item is ShowAlarm's data. Filters combine with AND; a repeated parameter matches any of its values. total counts every match.",
        tags: ["incidentd alarms"],
        querystring: ListAlarmsQuery,
        response: responses(
          Type.Object({
            total: Type.Integer({ description: "Alarms matching the filters, on every page." }),
            page: Type.Integer(),
            per_page: Type.Integer(),
            alarms: Type.Array(AlarmInfoSchema),
          }),
        ),
      },
    },
    async (request) => {
      const q = request.query;
      const paging = { page: q.page ?? 1, perPage: q.per_page ?? ALARM_PAGE_SIZE.default };
      const levels = levelsOf(q.alarm_level as AlarmLevel[] | undefined, q.importance);
      const { total, alarms } = await listAlarms(
        deps,
        callerOf(request).projectId,
        {
          statuses: q.status as AlarmStatus[] | undefined,
          levels,
          integrationId: q.integration_id,
          since: q.since,
          until: q.until,
          text: q.text,
          incidentNum: q.incident_num,
        },
        paging,
      );
      return ok({
        total,
        page: paging.page,
        per_page: paging.perPage,
        alarms: alarms.map((a) => toAlarmInfo(a.alarm, a.integrationName, a.rule)),
      });
    },
  );
};
