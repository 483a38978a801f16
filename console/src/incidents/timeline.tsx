import { Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { HistoryItem } from "../api/incidents.ts";
import { formatTime, nameIn } from "../api/names.ts";

/** Who did what, when, with the comment: the history API, oldest first. */
export function IncidentTimeline({ items }: { items: HistoryItem[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Timeline
      data-testid="timeline"
      items={items.map((item, index) => {
        const operator = nameIn(
          lang,
          item.enum_data_list?.find((e) => e.prop_id === "operator"),
          item.operator ?? "",
        );
        const action = lang === "zh-CN" ? item.action_name_zh : item.action_name_en;
        return {
          key: `${index}-${item.action}`,
          children: (
            <div>
              <Typography.Text strong>{action || item.action}</Typography.Text>{" "}
              <Typography.Text type="secondary">
                {t("incident.by", { operator })} · {formatTime(lang, item.stop_time || item.start_time)}
              </Typography.Text>
              {item.comment && (
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: "4px 0 0" }}>
                  {item.comment}
                </Typography.Paragraph>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
