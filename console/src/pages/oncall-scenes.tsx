import { CalendarOutlined } from "@ant-design/icons";
import { Alert, Card, Empty, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSceneDocuments, useScenes } from "../api/oncall.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import { browserTimeZone } from "../oncall/range.ts";
import { RolesNow } from "../oncall/roles-now.tsx";

/** Every on-call scene with its roles and who is on call for each now. */
export function OnCallScenesPage() {
  const { t } = useTranslation();
  const scenes = useScenes();
  const list = scenes.data?.scenes ?? [];
  const documents = useSceneDocuments(list.map((s) => s.scene_id));
  return (
    <section aria-labelledby="oncall-title">
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={1} id="oncall-title" style={{ fontSize: 24, margin: "8px 0" }}>
          {t("oncall.title")}
        </Typography.Title>
        <Link to="/oncall/my-shifts">
          <CalendarOutlined aria-hidden /> {t("oncall.myShifts.title")}
        </Link>
      </Space>
      <Typography.Paragraph type="secondary" data-testid="time-zone">
        {t("oncall.timeZone", { zone: browserTimeZone() })}
      </Typography.Paragraph>
      {scenes.isError && <Alert type="error" showIcon message={<ErrorMessage error={scenes.error} />} />}
      {scenes.isSuccess && list.length === 0 && <Empty description={t("oncall.noScenes")} />}
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        {list.map((scene, i) => {
          const document = documents[i];
          return (
            <Card
              key={scene.scene_id}
              data-testid={`scene-${scene.scene_id}`}
              loading={document?.isPending}
              title={
                <h2 style={{ fontSize: 18, margin: 0 }}>
                  <Link to={`/oncall/scenes/${encodeURIComponent(scene.scene_id)}`}>{scene.name}</Link>
                </h2>
              }
              extra={<Typography.Text type="secondary">{scene.scene_id}</Typography.Text>}
            >
              {document?.isError && <ErrorMessage error={document.error} />}
              {document?.data && <RolesNow scene={document.data} />}
            </Card>
          );
        })}
      </Space>
    </section>
  );
}
