import { type Static, Type } from "@sinclair/typebox";
import { AppError } from "../../errors.ts";
import { ALARM_LEVELS, type AlarmLevel, type AlarmReport } from "../alarm.ts";

const required = (max: number, description: string) =>
  Type.String({ minLength: 1, maxLength: max, description });
const optional = (description: string) => Type.Optional(Type.String({ maxLength: 255, description }));

/**
 * ReportCustomEventRequestBody (ReportCustomEvent), camelCase as COC has it. Required fields are those the
 * docs mark REQ, except `applicationId`, which the SDK marks optional (as incidentd follows the SDK's
 * required flags elsewhere). `null` counts as absent, as in COC's Java service.
 */
export const CustomEventBody = Type.Object({
  alarmId: Type.String({
    minLength: 1,
    maxLength: 255,
    pattern: "^[A-Za-z0-9]+$",
    "x-reason": "must contain only letters and digits",
    description: "Unique alarm id (letters and digits); repeats of one id are one alarm.",
  }),
  alarmName: required(255, "Alarm name."),
  alarmLevel: Type.String({ enum: [...ALARM_LEVELS], description: "Critical, Major, Minor or Info." }),
  time: Type.Union(
    [
      Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
      Type.String({ pattern: "^[0-9]{1,15}$" }),
    ],
    {
      "x-reason": "must be epoch milliseconds (an integer, or a string of digits)",
      description: "Alarm time (recovery time when alarmStatus is ok), epoch milliseconds.",
    },
  ),
  nameSpace: required(255, "Namespace."),
  regionId: optional("Region code."),
  applicationId: optional("COC application id."),
  resourceName: optional("Resource name."),
  resourceId: optional("Resource id."),
  alarmDesc: required(255, "Alarm description."),
  URL: optional("Link to the original alarm (the key is upper-case)."),
  alarmStatus: Type.Optional(
    Type.String({ enum: ["alarm", "ok", ""], description: "alarm (firing, the default) or ok (recovered)." }),
  ),
  alarmSource: required(255, "Alarm source, e.g. coc."),
  additional: Type.Optional(
    Type.Record(Type.String(), Type.Unknown(), { description: "Extra information, kept as sent." }),
  ),
});
export type CustomEventBody = Static<typeof CustomEventBody>;

export const CUSTOM_EVENT_FIELDS = Object.keys(CustomEventBody.properties);

const blankToNull = (value: string | undefined) => (value === undefined || value === "" ? null : value);

/** How deep `additional` may nest (objects and arrays); it is stored as JSON text and read back. */
export const MAX_ADDITIONAL_DEPTH = 32;

/** The nesting depth of a parsed JSON value, counted without recursion (a body can nest very deep). */
function depthExceeds(root: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== "object") continue;
    if (depth + 1 > max) return true;
    for (const item of Object.values(value)) stack.push([item, depth + 1]);
  }
  return false;
}

/** One custom event is one report; `alarmStatus: ok` is a recovery at `time`. */
export function customEventToReport(body: CustomEventBody): AlarmReport {
  if (body.additional && depthExceeds(body.additional, MAX_ADDITIONAL_DEPTH))
    throw new AppError(
      "EVENT_INVALID_BODY",
      `additional: must nest objects and arrays at most ${MAX_ADDITIONAL_DEPTH} levels deep`,
    );
  return {
    alarmId: body.alarmId,
    firing: body.alarmStatus !== "ok",
    time: Number(body.time),
    name: body.alarmName,
    level: body.alarmLevel as AlarmLevel,
    description: body.alarmDesc,
    nameSpace: body.nameSpace,
    regionId: blankToNull(body.regionId),
    applicationId: blankToNull(body.applicationId),
    resourceName: blankToNull(body.resourceName),
    resourceId: blankToNull(body.resourceId),
    url: blankToNull(body.URL),
    alarmSource: body.alarmSource,
    additional: body.additional ?? null,
  };
}
