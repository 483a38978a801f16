import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Input, Space, Table, Tabs, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { AlarmDetail } from "../alarms/alarm-detail.tsx";
import { type Alarm, clearAlarm, listAlarms } from "../api/alarms.ts";
import { formatTime } from "../api/names.ts";
import { canWrite, useSession } from "../api/session.ts";
import { ErrorMessage, useErrorText } from "../components/error-message.tsx";

export function AlarmsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const { data: session } = useSession();
  const [filters, setFilters] = useState({ status: "alarming", text: "", page: 1, perPage: 20 });
  // The alarm shown in the drawer is in the address (?alarm=…), so it can be linked to.
  const [search, setSearch] = useSearchParams();
  const shown = search.get("alarm");
  const alarms = useQuery({
    queryKey: ["alarms", filters],
    queryFn: () => listAlarms({ ...filters, status: filters.status === "all" ? undefined : filters.status }),
    refetchInterval: 5_000,
    placeholderData: keepPreviousData,
  });
  const clear = async (alarm: Alarm) => {
    try {
      await clearAlarm(alarm.id);
      message.success(t("alarms.cleared", { name: alarm.name }));
      await client.invalidateQueries({ queryKey: ["alarms"] });
    } catch (failure) {
      message.error(errorText(failure));
    }
  };
  return (
    <section aria-labelledby="alarms-title">
      <Typography.Title level={1} id="alarms-title" style={{ fontSize: 24, margin: "8px 0" }}>
        {t("alarms.title")}
      </Typography.Title>
      <Tabs
        activeKey={filters.status}
        onChange={(status) => setFilters((f) => ({ ...f, status, page: 1 }))}
        items={["alarming", "resolved", "all"].map((key) => ({ key, label: t(`alarms.status.${key}`) }))}
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t("alarms.search")}
          placeholder={t("alarms.search")}
          allowClear
          onSearch={(text) => setFilters((f) => ({ ...f, text, page: 1 }))}
          style={{ width: 260 }}
        />
      </Space>
      {alarms.isError && <Alert type="error" showIcon message={<ErrorMessage error={alarms.error} />} />}
      <Table<Alarm>
        rowKey="id"
        size="middle"
        loading={alarms.isPending}
        dataSource={alarms.data?.alarms ?? []}
        scroll={{ x: 640 }}
        pagination={{
          current: filters.page,
          pageSize: filters.perPage,
          total: alarms.data?.total ?? 0,
          onChange: (page, perPage) => setFilters((f) => ({ ...f, page, perPage })),
        }}
        columns={[
          {
            title: t("alarms.name"),
            dataIndex: "name",
            render: (name: string, alarm: Alarm) => (
              <Link to={`?alarm=${encodeURIComponent(alarm.id)}`} data-testid={`alarm-${alarm.id}`}>
                {name}
              </Link>
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
            title: t("alarms.incident"),
            dataIndex: "associate_event_id",
            render: (num: string) => (num ? <Link to={`/incidents/${num}`}>{num}</Link> : t("fields.none")),
          },
          { title: t("alarms.source"), dataIndex: "creator_name", responsive: ["md"] },
          {
            title: t("alarms.updated"),
            dataIndex: "update_time",
            responsive: ["md"],
            render: (ms: number) => formatTime(i18n.language, ms),
          },
          ...(canWrite(session)
            ? [
                {
                  title: t("incident.actions"),
                  key: "actions",
                  render: (_: unknown, alarm: Alarm) =>
                    alarm.status === "alarming" && (
                      <Button size="small" onClick={() => clear(alarm)} data-testid={`clear-${alarm.id}`}>
                        {t("alarms.clear")}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {shown && <AlarmDetail alarmId={shown} onClose={() => setSearch({})} onClear={clear} />}
    </section>
  );
}
