import { Descriptions } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { IncidentDetail } from "../api/incidents.ts";
import { formatTime, nameIn } from "../api/names.ts";

/** Detail fields whose values have display names, and the enum_data_list key that names them. */
const NAMED: Partial<Record<keyof IncidentDetail, string>> = {
  incident_level: "level_id",
  incident_type: "mtm_type",
  incident_source: "source_id",
  status: "work_flow_status",
  creator: "creator",
  incident_assignee: "assignee",
  current_cloud_service: "current_cloud_service_id",
};

const TIMES = [
  "create_time",
  "start_time",
  "handle_time",
  "fault_recovery_time",
  "fault_delineation_time",
] as const;

const ORDER: (keyof IncidentDetail)[] = [
  "incident_num",
  "status",
  "incident_level",
  "incident_type",
  "incident_source",
  "incident_assignee",
  "assignee_scene",
  "assignee_role",
  "creator",
  "current_cloud_service",
  "region",
  "enterprise_project",
  "is_service_interrupt",
  "incident_ownership",
  "warroom_id",
  ...TIMES,
  "incident_description",
];

export function IncidentFields({ incident }: { incident: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const show = (field: keyof IncidentDetail): ReactNode => {
    const value = incident[field];
    const enumKey = NAMED[field];
    const name = (key: string) =>
      enumKey
        ? nameIn(
            lang,
            incident.enum_data_list.find((e) => e.filed_key === enumKey && e.enum_key === key),
            key,
          )
        : key;
    if ((TIMES as readonly string[]).includes(field))
      return formatTime(lang, value as number | null) || t("fields.none");
    if (typeof value === "boolean") return value ? t("fields.yes") : t("fields.no");
    if (Array.isArray(value)) {
      // An absent region is answered as [""] (COC's documented example): nothing to show.
      const present = value.map(String).filter((v) => v !== "");
      return present.length ? present.map(name).join(", ") : t("fields.none");
    }
    if (typeof value === "string") return value ? name(value) : t("fields.none");
    return t("fields.none");
  };
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
      items={ORDER.map((field) => ({
        key: field,
        label: t(`fields.${field}`),
        children: (
          <span data-testid={`field-${field}`} style={{ whiteSpace: "pre-wrap" }}>
            {show(field)}
          </span>
        ),
        span: field === "incident_description" ? "filled" : 1,
      }))}
    />
  );
}
