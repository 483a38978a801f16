import { Alert, Breadcrumb, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type UserShift, useSceneDocuments, useScenes, useUserShifts } from "../api/oncall.ts";
import { useSession } from "../api/session.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import { browserTimeZone, formatShiftTime } from "../oncall/range.ts";
import { SourceTag } from "../oncall/roles-now.tsx";

const DAYS_AHEAD = 28;
const LOOK_BACK_DAYS = 14;

/** The signed-in person's shifts from now to four weeks ahead, in every scene and role. */
export function MyShiftsPage() {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  // Fixed when the page opens, so the query key (and the request) does not change on every render.
  // Asked from two weeks back, so a shift that is on now shows when it really started (the API cuts shifts at
  // `from`); shifts that are over are left out.
  const [range] = useState(() => {
    const now = dayjs().startOf("minute");
    return {
      from: now.subtract(LOOK_BACK_DAYS, "day").valueOf(),
      now: now.valueOf(),
      to: now.add(DAYS_AHEAD, "day").valueOf(),
    };
  });
  const shifts = useUserShifts(session?.user_id, range.from, range.to);
  const scenes = useScenes();
  const list = scenes.data?.scenes ?? [];
  const documents = useSceneDocuments(list.map((s) => s.scene_id));
  const sceneName = new Map(list.map((s) => [s.scene_id, s.name]));
  const roleName = new Map(
    documents.flatMap(
      (d) => d.data?.roles.map((r) => [`${d.data.scene_id}/${r.role_id}`, r.name] as const) ?? [],
    ),
  );
  const now = Date.now();
  const upcoming = (shifts.data?.shifts ?? []).filter((s) => Date.parse(s.shift_end) > range.now);
  const current = (s: UserShift) => Date.parse(s.shift_start) <= now && now < Date.parse(s.shift_end);
  const onNow = upcoming.filter(current);
  return (
    <section aria-labelledby="my-shifts-title">
      <Breadcrumb
        style={{ marginTop: 8 }}
        items={[
          { title: <Link to="/oncall">{t("oncall.title")}</Link> },
          { title: t("oncall.myShifts.title") },
        ]}
      />
      <Typography.Title level={1} id="my-shifts-title" style={{ fontSize: 24, margin: "8px 0" }}>
        {t("oncall.myShifts.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="time-zone">
        {t("oncall.myShifts.range", { days: DAYS_AHEAD })} {t("oncall.timeZone", { zone: browserTimeZone() })}
      </Typography.Paragraph>
      {shifts.isError && <Alert type="error" showIcon message={<ErrorMessage error={shifts.error} />} />}
      {shifts.isSuccess && (
        <Alert
          style={{ marginBottom: 12 }}
          type={onNow.length > 0 ? "warning" : "info"}
          data-testid="on-call-now"
          message={
            onNow.length > 0
              ? t("oncall.myShifts.onNow", {
                  roles: onNow
                    .map(
                      (s) =>
                        `${sceneName.get(s.scene_id) ?? s.scene_id} / ${roleName.get(`${s.scene_id}/${s.role_id}`) ?? s.role_id}`,
                    )
                    .join(", "),
                })
              : t("oncall.myShifts.notNow")
          }
        />
      )}
      <Table<UserShift>
        rowKey={(s) => `${s.scene_id}/${s.role_id}/${s.shift_start}`}
        size="middle"
        loading={shifts.isPending}
        dataSource={upcoming}
        scroll={{ x: 640 }}
        locale={{ emptyText: t("oncall.myShifts.none") }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t("oncall.scene"),
            key: "scene",
            render: (_: unknown, s) => (
              <Link to={`/oncall/scenes/${encodeURIComponent(s.scene_id)}`}>
                {sceneName.get(s.scene_id) ?? s.scene_id}
              </Link>
            ),
          },
          {
            title: t("oncall.role"),
            key: "role",
            render: (_: unknown, s) => roleName.get(`${s.scene_id}/${s.role_id}`) ?? s.role_id,
          },
          {
            title: t("oncall.start"),
            key: "start",
            render: (_: unknown, s) => (
              <>
                {formatShiftTime(i18n.language, s.shift_start)}{" "}
                {current(s) && (
                  <Tag style={{ color: "#a8071a", background: "#fff1f0", borderColor: "#ffa39e" }}>
                    {t("oncall.myShifts.now")}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t("oncall.end"),
            key: "end",
            render: (_: unknown, s) => formatShiftTime(i18n.language, s.shift_end),
          },
          {
            title: t("oncall.sourceTitle"),
            key: "source",
            render: (_: unknown, s) => <SourceTag source={s.source} />,
          },
        ]}
      />
    </section>
  );
}
