import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Descriptions, Drawer, Space, Spin, Typography } from "antd";
import type { ReactNode } from "react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type Alarm, showAlarm } from "../api/alarms.ts";
import { formatTime } from "../api/names.ts";
import { canWrite, useSession } from "../api/session.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import { TransferForm } from "./transfer-form.tsx";

const TIMES = ["first_occur_time", "last_occur_time", "recovery_time", "create_time", "update_time"] as const;
const TEXTS = [
  "id",
  "alarm_level",
  "description",
  "creator_name",
  "come_from",
  "name_space",
  "region",
  "app",
  "resource_name",
  "resource_id",
  "converge_count",
  "episode",
  "transfer_rule_name",
  "remarks",
] as const;

/** ShowAlarm in a drawer; a writer clears the alarm or turns it into an incident from here. */
export function AlarmDetail({
  alarmId,
  onClose,
  onClear,
}: {
  alarmId: string;
  onClose: () => void;
  onClear: (alarm: Alarm) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const [transferring, setTransferring] = useState(false);
  const alarm = useQuery({ queryKey: ["alarms", "detail", alarmId], queryFn: () => showAlarm(alarmId) });
  const a = alarm.data;
  const none = t("fields.none");
  const items: { key: string; label: string; children: ReactNode }[] = a
    ? [
        { key: "status", label: t("alarms.state"), children: t(`alarms.status.${a.status}`) },
        ...TEXTS.map((field) => ({
          key: field,
          label: t(`alarms.fields.${field}`),
          children: String(a[field] ?? "") || none,
        })),
        ...TIMES.map((field) => ({
          key: field,
          label: t(`alarms.fields.${field}`),
          children: a[field] ? formatTime(i18n.language, a[field]) : none,
        })),
        {
          key: "incident",
          label: t("alarms.incident"),
          children: a.associate_event_id ? (
            <Link to={`/incidents/${a.associate_event_id}`}>{a.associate_event_id}</Link>
          ) : (
            none
          ),
        },
        {
          key: "url",
          label: t("alarms.fields.url"),
          children: a.url ? (
            <Typography.Link href={a.url} target="_blank" rel="noreferrer">
              {a.url}
            </Typography.Link>
          ) : (
            none
          ),
        },
        {
          key: "additional",
          label: t("alarms.fields.additional"),
          children: a.additional ? (
            <pre style={{ margin: 0, whiteSpace: "pre-wrap" }}>{JSON.stringify(a.additional, null, 2)}</pre>
          ) : (
            none
          ),
        },
      ]
    : [];
  const writer = canWrite(session);
  return (
    <Drawer
      open
      onClose={onClose}
      width={Math.min(640, window.innerWidth)}
      title={a?.name ?? alarmId}
      data-testid="alarm-detail"
      styles={{ body: { padding: 0, overflow: "hidden", display: "flex" } }}
      extra={
        a &&
        writer && (
          <Space wrap>
            {a.status === "alarming" && (
              <Button onClick={() => onClear(a)} data-testid="detail-clear">
                {t("alarms.clear")}
              </Button>
            )}
            {!a.associate_event_id && (
              <Button type="primary" onClick={() => setTransferring(true)} data-testid="detail-transfer">
                {t("alarms.transfer.open")}
              </Button>
            )}
          </Space>
        )
      }
    >
      <section
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take keyboard focus (axe: scrollable-region-focusable).
        tabIndex={0}
        aria-label={a?.name ?? alarmId}
        style={{ overflow: "auto", flex: 1, padding: 24 }}
      >
        {alarm.isPending && <Spin />}
        {alarm.isError && <Alert type="error" showIcon message={<ErrorMessage error={alarm.error} />} />}
        {a && <Descriptions column={1} size="small" bordered items={items} />}
      </section>
      {a && transferring && <TransferForm alarm={a} onClose={() => setTransferring(false)} />}
    </Drawer>
  );
}
