import { useQuery } from "@tanstack/react-query";
import { Button, Card, Descriptions, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { listWarRooms } from "../api/alarms.ts";
import type { IncidentDetail } from "../api/incidents.ts";
import { formatTime, nameIn } from "../api/names.ts";
import { canWrite, useSession } from "../api/session.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import { WarRoomForm } from "./warroom-form.tsx";

/** The incident's WarRoom (one at most): its status and members, or for a writer a button to start it. */
export function IncidentWarRoom({ incident }: { incident: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data: session } = useSession();
  const [starting, setStarting] = useState(false);
  const num = incident.warroom_id;
  const rooms = useQuery({
    queryKey: ["warrooms", "incident", num],
    queryFn: () => listWarRooms({ nums: [num], offset: 0, limit: 1 }),
    enabled: num !== "",
    refetchInterval: 10_000,
  });
  const room = rooms.data?.list[0];
  const none = t("fields.none");
  return (
    <Card size="small" title={t("incident.warroom.title")} data-testid="incident-warroom">
      {rooms.isError && <ErrorMessage error={rooms.error} />}
      {num === "" && (
        <Space wrap>
          <Typography.Text>{t("incident.warroom.none")}</Typography.Text>
          {canWrite(session) && (
            <Button type="primary" onClick={() => setStarting(true)} data-testid="start-warroom">
              {t("incident.warroom.start")}
            </Button>
          )}
        </Space>
      )}
      {room && (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: "num", label: t("incident.warroom.num"), children: room.war_room_num },
            { key: "title", label: t("warrooms.roomTitle"), children: room.title },
            {
              key: "status",
              label: t("warrooms.status"),
              children: (
                <Tag data-testid="warroom-status">
                  {nameIn(lang, room.war_room_status, room.war_room_status.id)}
                </Tag>
              ),
            },
            { key: "admin", label: t("warrooms.admin"), children: room.admin },
            {
              key: "members",
              label: t("incident.warroom.members"),
              children: room.recover_member.length ? room.recover_member.join(", ") : none,
            },
            { key: "started", label: t("warrooms.started"), children: formatTime(lang, room.create_time) },
            {
              key: "open",
              label: t("incident.warroom.open"),
              children: (
                <Link
                  to={`/warrooms?num=${encodeURIComponent(room.war_room_num)}`}
                  data-testid="open-warroom"
                >
                  {t("incident.warroom.openList")}
                </Link>
              ),
            },
          ]}
        />
      )}
      {starting && <WarRoomForm incident={incident} onClose={() => setStarting(false)} />}
    </Card>
  );
}
