import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Popconfirm, Table, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { closeWarRoom, listWarRooms, type WarRoom } from "../api/alarms.ts";
import { formatTime, nameIn } from "../api/names.ts";
import { canWrite, useSession } from "../api/session.ts";
import { ErrorMessage, useErrorText } from "../components/error-message.tsx";

const CLOSED = "20";

export function WarRoomsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const { data: session } = useSession();
  const [tab, setTab] = useState<"running" | "closed" | "all">("running");
  const [page, setPage] = useState({ current: 1, size: 20 });
  // ?num=WR…: that WarRoom alone, whenever it started (the incident page links here).
  const [search, setSearch] = useSearchParams();
  const only = search.get("num");
  const rooms = useQuery({
    queryKey: ["warrooms", tab, page, only],
    queryFn: () =>
      listWarRooms({
        closed: tab === "all" || only ? undefined : tab === "closed",
        offset: (page.current - 1) * page.size,
        limit: page.size,
        ...(only ? { nums: [only] } : {}),
      }),
    refetchInterval: 5_000,
    placeholderData: keepPreviousData,
  });
  const close = async (room: WarRoom) => {
    try {
      await closeWarRoom(room.war_room_num);
      message.success(t("warrooms.closed", { num: room.war_room_num }));
      await client.invalidateQueries({ queryKey: ["warrooms"] });
    } catch (failure) {
      message.error(errorText(failure));
    }
  };
  const counts = { running: rooms.data?.running_num, closed: rooms.data?.closed_num };
  return (
    <section aria-labelledby="warrooms-title">
      <Typography.Title level={1} id="warrooms-title" style={{ fontSize: 24, margin: "8px 0" }}>
        {t("warrooms.title")}
      </Typography.Title>
      {only && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t("warrooms.only", { num: only })}
          action={
            <Button size="small" onClick={() => setSearch({})}>
              {t("warrooms.showAll")}
            </Button>
          }
        />
      )}
      {!only && (
        <Tabs
          activeKey={tab}
          onChange={(key) => {
            setTab(key as typeof tab);
            setPage((p) => ({ ...p, current: 1 }));
          }}
          items={(["running", "closed", "all"] as const).map((key) => ({
            key,
            label: (
              <span>
                {t(`warrooms.tab.${key}`)} {key !== "all" && <Tag>{counts[key] ?? "…"}</Tag>}
              </span>
            ),
          }))}
        />
      )}
      {rooms.isError && <Alert type="error" showIcon message={<ErrorMessage error={rooms.error} />} />}
      <Table<WarRoom>
        rowKey="war_room_num"
        size="middle"
        loading={rooms.isPending}
        dataSource={rooms.data?.list ?? []}
        scroll={{ x: 640 }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: rooms.data?.total ?? 0,
          onChange: (current, size) => setPage({ current, size }),
        }}
        columns={[
          { title: t("warrooms.roomTitle"), dataIndex: "title" },
          {
            title: t("warrooms.status"),
            key: "status",
            render: (_: unknown, room) => nameIn(lang, room.war_room_status, room.war_room_status.id),
          },
          {
            title: t("warrooms.incident"),
            key: "incident",
            render: (_: unknown, room) =>
              room.incident ? (
                <Link to={`/incidents/${room.incident.incident_id}`}>{room.incident.incident_id}</Link>
              ) : (
                t("fields.none")
              ),
          },
          { title: t("warrooms.admin"), dataIndex: "admin", responsive: ["md"] },
          {
            title: t("warrooms.started"),
            dataIndex: "create_time",
            responsive: ["md"],
            render: (ms: number) => formatTime(lang, ms),
          },
          ...(canWrite(session)
            ? [
                {
                  title: t("incident.actions"),
                  key: "actions",
                  render: (_: unknown, room: WarRoom) =>
                    room.war_room_status.id !== CLOSED && (
                      <Popconfirm
                        title={t("warrooms.confirmClose")}
                        okText={t("warrooms.close")}
                        cancelText={t("incident.cancel")}
                        onConfirm={() => close(room)}
                      >
                        <Button size="small" data-testid={`close-${room.war_room_num}`}>
                          {t("warrooms.close")}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}
