import type { ChatLanguage, WebhookEventType } from "./webhook.ts";

/** What every chat message says, before a vendor's format shapes it. */
export interface ChatMessage {
  title: string;
  fields: Array<{ label: string; value: string }>;
  /** The incident's page, when INCIDENTD_INCIDENT_LINK is set. */
  link: string | null;
  linkText: string;
  /** The incident's level (level_10 most severe), for colours; null for alarms. */
  level: string | null;
}

const EVENT_NAMES: Record<WebhookEventType, [zh: string, en: string]> = {
  "incident.created": ["新事件单", "New incident"],
  "incident.updated": ["事件单已更新", "Incident updated"],
  "incident.assigned": ["事件单已转派", "Incident assigned"],
  "incident.level_changed": ["事件单级别已变更", "Incident level changed"],
  "incident.resolved": ["事件单已解决", "Incident resolved"],
  "incident.closed": ["事件单已关闭", "Incident closed"],
  "warroom.started": ["WarRoom 已启动", "WarRoom started"],
  "warroom.updated": ["WarRoom 状态已更新", "WarRoom updated"],
  "warroom.closed": ["WarRoom 已关闭", "WarRoom closed"],
  "alarm.linked": ["告警已关联", "Alarm linked"],
  "alarm.recovered": ["关联告警已全部恢复", "Linked alarms recovered"],
  "alarm.created": ["新告警", "New alarm"],
  "alarm.cleared": ["告警已清除", "Alarm cleared"],
  "alarm.auto_process_requested": ["告警处理已请求", "Alarm handling requested"],
};

const LABELS = {
  level: ["级别", "Level"],
  status: ["状态", "Status"],
  application: ["应用", "Application"],
  assignee: ["处理人", "Assignee"],
  action: ["操作", "Action"],
  operator: ["操作人", "Operator"],
  open: ["查看事件单", "Open the incident"],
} as const;

interface EnumData {
  filed_key: string;
  enum_key: string;
  name_zh: string;
  name_en: string;
}

interface Payload {
  type: WebhookEventType;
  data: {
    incident?: { incident_num: string; incident_title: string; enum_data_list: EnumData[] };
    change?: { action: string; operator: string };
    alarm?: { alarm_id: string; name: string; level: string; status: string; application_id: string | null };
  };
}

/** The message of a delivery's payload (the Standard Webhooks body), in `language`. */
export function chatMessageOf(
  payloadJson: string,
  language: ChatLanguage,
  linkTemplate?: string,
): ChatMessage {
  const payload = JSON.parse(payloadJson) as Payload;
  const i = language === "zh" ? 0 : 1;
  const label = (key: keyof typeof LABELS) => LABELS[key][i];
  const [zh, en] = EVENT_NAMES[payload.type] ?? [payload.type, payload.type];
  const event = language === "zh" ? zh : en;
  const { incident, change, alarm } = payload.data;
  if (alarm) {
    return {
      title: `${event}: ${alarm.name}`,
      fields: [
        { label: label("level"), value: alarm.level },
        { label: label("status"), value: alarm.status },
        { label: label("application"), value: alarm.application_id ?? "-" },
      ],
      link: null,
      linkText: label("open"),
      level: null,
    };
  }
  const named = (key: string) => {
    const entry = incident?.enum_data_list.find((e) => e.filed_key === key);
    return entry ? (language === "zh" ? entry.name_zh : entry.name_en) : "-";
  };
  const num = incident?.incident_num ?? "";
  return {
    title: `${event}: ${num} ${incident?.incident_title ?? ""}`.trim(),
    fields: [
      { label: label("level"), value: named("level_id") },
      { label: label("status"), value: named("work_flow_status") },
      { label: label("application"), value: named("current_cloud_service_id") },
      { label: label("assignee"), value: named("assignee") },
      { label: label("action"), value: change?.action ?? "-" },
      { label: label("operator"), value: change?.operator ?? "-" },
    ],
    link: linkTemplate && num ? linkTemplate.replaceAll("{incident_num}", encodeURIComponent(num)) : null,
    linkText: label("open"),
    level: incident?.enum_data_list.find((e) => e.filed_key === "level_id")?.enum_key ?? null,
  };
}

/** Markdown lines shared by DingTalk and WeCom. */
export function markdownOf(message: ChatMessage): string {
  const lines = [`### ${message.title}`, ...message.fields.map((f) => `- **${f.label}**: ${f.value}`)];
  if (message.link) lines.push("", `[${message.linkText}](${message.link})`);
  return lines.join("\n");
}
