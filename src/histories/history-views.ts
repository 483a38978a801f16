import { findBuiltIn } from "../catalogue/catalogue.ts";
import type { HistoryEntry } from "./history.repository.ts";

/**
 * The two history item shapes COC defines. `start_time` is when the step began (the previous entry),
 * `stop_time` when the action was taken; the creation entry starts and stops at create time.
 */
function statusName(status: string) {
  const entry = findBuiltIn("status", status);
  return { zh: entry?.name_zh ?? status, en: entry?.name_en ?? status };
}

/** CocTicketHistoryBaseInfoV2: every value a string, as the SDK models them. */
export function toV2Items(entries: HistoryEntry[]) {
  return entries.map((entry) => {
    const status = statusName(entry.statusAfter);
    const operatorName = entry.operatorName ?? entry.operator;
    return {
      action: entry.action,
      action_name_zh: entry.actionNameZh,
      action_name_en: entry.actionNameEn,
      operator: entry.operator,
      status: entry.statusAfter,
      start_time: String(entry.startTime),
      stop_time: String(entry.time),
      comment: entry.comment ?? "",
      enum_data_list: [
        { prop_id: "operator", biz_id: entry.operator, name_zh: operatorName, name_en: operatorName },
        { prop_id: "work_flow_status", biz_id: entry.statusAfter, name_zh: status.zh, name_en: status.en },
      ],
    };
  });
}

/** TicketHistoryInfo (v1 list-histories): times as numbers. */
export function toV1Items(entries: HistoryEntry[]) {
  return entries.map((entry) => {
    const operatorName = entry.operatorName ?? entry.operator;
    const status = statusName(entry.statusAfter);
    const enumEntry = (propId: string, bizId: string, zh: string, en: string, matchType: string) => ({
      is_deleted: false,
      match_type: matchType,
      ticket_id: entry.incidentNum,
      real_ticket_id: entry.incidentNum,
      name_zh: zh,
      name_en: en,
      user_name: matchType === "reference__base_config.User" ? operatorName : "",
      biz_id: bizId,
      prop_id: propId,
      model_id: "",
    });
    return {
      id: entry.id,
      action_id: String(entry.seq),
      action: entry.action,
      sub_action: "",
      final_sub_action: "",
      operator: entry.operator,
      comment: entry.comment ?? "",
      ticket_id: entry.incidentNum,
      start_time: entry.startTime,
      stop_time: entry.time,
      update_time: entry.time,
      target_type: "",
      target_value: "",
      is_deteted: false,
      action_name_zh: entry.actionNameZh,
      action_name_en: entry.actionNameEn,
      action_template_zh: `${operatorName} ${entry.actionNameZh}`,
      action_template_en: `${operatorName}: ${entry.actionNameEn}`,
      status: entry.statusAfter,
      enum_data_list: [
        enumEntry("operator", entry.operator, operatorName, operatorName, "reference__base_config.User"),
        enumEntry("work_flow_status", entry.statusAfter, status.zh, status.en, "enum"),
      ],
    };
  });
}
