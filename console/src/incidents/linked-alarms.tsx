import { useQuery } from "@tanstack/react-query";
import { Card, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type Alarm, listAlarms } from "../api/alarms.ts";
import { formatTime } from "../api/names.ts";
import { ErrorMessage } from "../components/error-message.tsx";

/** The alarms ever linked to the incident (ListAlarms?incident_num=), each opening its detail. */
export function LinkedAlarms({ incidentNum }: { incidentNum: string }) {
  const { t, i18n } = useTranslation();
  const alarms = useQuery({
    queryKey: ["alarms", "incident", incidentNum],
    queryFn: () => listAlarms({ incidentNum, page: 1, perPage: 100 }),
    refetchInterval: 10_000,
  });
  return (
    <Card
      size="small"
      title={t("incident.alarms", { count: alarms.data?.total ?? 0 })}
      data-testid="linked-alarms"
    >
      {alarms.isError && <ErrorMessage error={alarms.error} />}
      {/* Said as text: antd's empty-table note is too faint for axe-core's contrast rule. */}
      {alarms.data?.total === 0 ? (
        <Typography.Text>{t("incident.noAlarms")}</Typography.Text>
      ) : (
        <Table<Alarm>
          rowKey="id"
          size="small"
          loading={alarms.isPending}
          dataSource={alarms.data?.alarms ?? []}
          pagination={false}
          scroll={{ x: 520 }}
          columns={[
            {
              title: t("alarms.name"),
              dataIndex: "name",
              render: (name: string, alarm: Alarm) => (
                <Link to={`/alarms?alarm=${encodeURIComponent(alarm.id)}`}>{name}</Link>
              ),
            },
            { title: t("alarms.level"), dataIndex: "alarm_level", width: 90 },
            {
              title: t("alarms.state"),
              dataIndex: "status",
              width: 100,
              render: (status: string) => t(`alarms.status.${status}`),
            },
            {
              title: t("alarms.updated"),
              dataIndex: "update_time",
              render: (ms: number) => formatTime(i18n.language, ms),
            },
          ]}
        />
      )}
    </Card>
  );
}
