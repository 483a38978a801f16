import { Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { type SceneDocument, useOnCallNow } from "../api/oncall.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import { formatShiftTime } from "./range.ts";

// antd's preset orange and blue tags fall short of 4.5:1 contrast: darker text on the same light fills.
const TAG_STYLE = {
  override: { color: "#873800", background: "#fff7e6", borderColor: "#ffd591" },
  rotation: { color: "#003eb3", background: "#e6f4ff", borderColor: "#91caff" },
};

export function SourceTag({ source }: { source: "rotation" | "override" }) {
  const { t } = useTranslation();
  return (
    <Tag style={TAG_STYLE[source]} data-testid="source">
      {t(`oncall.source.${source}`)}
    </Tag>
  );
}

/** Who is on call for one role now: the person, until when, and whether a rotation or an override says so. */
function OnCallNow({ sceneId, roleId }: { sceneId: string; roleId: string }) {
  const { t, i18n } = useTranslation();
  const now = useOnCallNow(sceneId, roleId);
  if (now.isPending) return <Typography.Text type="secondary">{t("app.loading")}</Typography.Text>;
  if (now.isError) return <ErrorMessage error={now.error} />;
  if (!now.data) return <Typography.Text type="secondary">{t("oncall.nobodyNow")}</Typography.Text>;
  return (
    <span data-testid={`now-${roleId}`}>
      <Typography.Text strong>{now.data.display_name}</Typography.Text>{" "}
      <Typography.Text type="secondary">({now.data.user_id})</Typography.Text>{" "}
      <SourceTag source={now.data.source} />
      <br />
      <Typography.Text type="secondary">
        {t("oncall.until", { time: formatShiftTime(i18n.language, now.data.shift_end) })}
      </Typography.Text>
    </span>
  );
}

/** A scene's roles, each with who is on call now. */
export function RolesNow({ scene }: { scene: SceneDocument }) {
  const { t } = useTranslation();
  return (
    <Table
      rowKey="role_id"
      size="small"
      pagination={false}
      dataSource={scene.roles}
      columns={[
        {
          title: t("oncall.role"),
          key: "role",
          width: "35%",
          render: (_: unknown, role) => (
            <>
              <Typography.Text>{role.name}</Typography.Text>{" "}
              <Typography.Text type="secondary">({role.role_id})</Typography.Text>
            </>
          ),
        },
        {
          title: t("oncall.onCallNow"),
          key: "now",
          render: (_: unknown, role) => <OnCallNow sceneId={scene.scene_id} roleId={role.role_id} />,
        },
      ]}
    />
  );
}
