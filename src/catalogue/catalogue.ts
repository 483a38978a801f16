/**
 * COC's enumerations as data (COC API reference, incident enumerations). Names COC does not publish
 * are incidentd's best reading of the key; a project's admin can add further incident types and ownership keys.
 */
export interface EnumEntry {
  key: string;
  name_zh: string;
  name_en: string;
}

export type CatalogueField =
  | "incident_level"
  | "incident_type"
  | "incident_source"
  | "incident_ownership"
  | "status";

/** Fields whose catalogue a project may extend. */
export const EXTENSIBLE_FIELDS = ["incident_type", "incident_ownership"] as const;
export type ExtensibleField = (typeof EXTENSIBLE_FIELDS)[number];

export const INCIDENT_STATUS = {
  DRAFT: "incident_draft",
  TRIGGERED: "INCIDENT_STATUS_TRIGGERED",
  ACKNOWLEDGED: "INCIDENT_STATUS_ACKNOWLEDGED",
  REJECTED: "INCIDENT_STATUS_REJECTED",
  RESOLVED: "INCIDENT_STATUS_RESOLVED",
  COMPLETED: "INCIDENT_STATUS_COMPLETED",
} as const;

export const BUILT_IN: Record<CatalogueField, readonly EnumEntry[]> = {
  incident_level: [
    { key: "level_10", name_zh: "P1", name_en: "P1" },
    { key: "level_20", name_zh: "P2", name_en: "P2" },
    { key: "level_30", name_zh: "P3", name_en: "P3" },
    { key: "level_40", name_zh: "P4", name_en: "P4" },
    { key: "level_50", name_zh: "P5", name_en: "P5" },
  ],
  incident_type: [
    { key: "inc_type_p_security_issues", name_zh: "安全问题", name_en: "Security issues" },
    { key: "inc_type_p_function_issues", name_zh: "功能问题", name_en: "function issues" },
    { key: "inc_type_p_reliability_issues", name_zh: "可靠性问题", name_en: "Reliability issues" },
    { key: "inc_type_p_config_issues", name_zh: "配置问题", name_en: "Configuration issues" },
    { key: "inc_type_p_change_issues", name_zh: "变更问题", name_en: "Change issues" },
    { key: "inc_type_p_middleware_issues", name_zh: "中间件问题", name_en: "Middleware issues" },
  ],
  incident_source: [
    { key: "incident_source_manual", name_zh: "人工创建", name_en: "Manual Creation" },
    { key: "incident_source_forwarding", name_zh: "流转创建", name_en: "Transfer creation" },
    { key: "incident_source_alarm", name_zh: "告警", name_en: "alarm" },
  ],
  // COC documents no ownership keys: any string is accepted and echoed.
  incident_ownership: [],
  status: [
    { key: INCIDENT_STATUS.DRAFT, name_zh: "草稿", name_en: "DRAFT" },
    { key: INCIDENT_STATUS.TRIGGERED, name_zh: "未受理", name_en: "TRIGGERED" },
    { key: INCIDENT_STATUS.ACKNOWLEDGED, name_zh: "已受理", name_en: "ACKNOWLEDGED" },
    { key: INCIDENT_STATUS.REJECTED, name_zh: "被驳回", name_en: "REJECTED" },
    { key: INCIDENT_STATUS.RESOLVED, name_zh: "已解决待验证", name_en: "RESOLVED" },
    { key: INCIDENT_STATUS.COMPLETED, name_zh: "已完成", name_en: "COMPLETED" },
  ],
};

// One map per field: looked up on every detail and list item, where building a combined key string costs
// more than the lookup itself.
const BUILT_IN_INDEX = new Map<string, Map<string, EnumEntry>>(
  Object.entries(BUILT_IN).map(([field, entries]) => [field, new Map(entries.map((e) => [e.key, e]))]),
);

export function findBuiltIn(field: CatalogueField, key: string): EnumEntry | undefined {
  return BUILT_IN_INDEX.get(field)?.get(key);
}
