import { CodeOutlined, LeftOutlined, PlusOutlined, RightOutlined } from "@ant-design/icons";
import { Alert, Breadcrumb, Button, Card, Modal, Segmented, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { useScene, useTimeline } from "../api/oncall.ts";
import { canWrite, useSession } from "../api/session.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import { OverrideForm } from "../oncall/override-form.tsx";
import { browserTimeZone, calendarRange, formatRange, type View } from "../oncall/range.ts";
import { RolesNow } from "../oncall/roles-now.tsx";
import { PALETTE, ShiftLanes } from "../oncall/shift-lanes.tsx";

function Legend() {
  const { t } = useTranslation();
  return (
    <Space wrap size="large" style={{ margin: "8px 0" }}>
      <span>
        {PALETTE.slice(0, 3).map((colour) => (
          <span
            key={colour}
            className="oncall-legend-swatch"
            style={{ background: colour, border: "1px solid #8c8c8c", width: 14 }}
          />
        ))}
        {t("oncall.legend.rotation")}
      </span>
      <span>
        <span className="oncall-legend-swatch oncall-shift-override" style={{ position: "static" }} />
        {t("oncall.legend.override")}
      </span>
    </Space>
  );
}

/** A scene: who is on call now, and a week or month calendar with one lane per role. */
export function OnCallScenePage() {
  const { t, i18n } = useTranslation();
  const sceneId = useParams().sceneId ?? "";
  const { data: session } = useSession();
  const [params, setParams] = useSearchParams();
  const view: View = params.get("view") === "month" ? "month" : "week";
  const offset = Number.parseInt(params.get("offset") ?? "0", 10) || 0;
  const range = calendarRange(view, offset);
  const scene = useScene(sceneId);
  const timeline = useTimeline(sceneId, range.from, range.to);
  const [adding, setAdding] = useState(false);
  const [showJson, setShowJson] = useState(false);
  const go = (next: { view?: View; offset?: number }) =>
    setParams({ view: next.view ?? view, offset: String(next.offset ?? offset) });

  const names = new Map(scene.data?.roles.map((r) => [r.role_id, r.name]));
  const lanes = (timeline.data?.roles ?? []).map((r) => ({ ...r, name: names.get(r.role_id) ?? r.role_id }));
  return (
    <section aria-labelledby="scene-title">
      <Breadcrumb
        style={{ marginTop: 8 }}
        items={[{ title: <Link to="/oncall">{t("oncall.title")}</Link> }, { title: sceneId }]}
      />
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={1} id="scene-title" style={{ fontSize: 24, margin: "8px 0" }}>
          {scene.data?.name ?? sceneId}
        </Typography.Title>
        <Space wrap>
          {canWrite(session) && scene.data && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="add-override"
            >
              {t("oncall.override.add")}
            </Button>
          )}
          {session?.role === "admin" && scene.data && (
            <Button icon={<CodeOutlined />} onClick={() => setShowJson(true)} data-testid="show-json">
              {t("oncall.document")}
            </Button>
          )}
        </Space>
      </Space>
      {scene.isError && <Alert type="error" showIcon message={<ErrorMessage error={scene.error} />} />}
      {scene.data && (
        <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("oncall.onCallNow")}</h2>}>
          <RolesNow scene={scene.data} />
        </Card>
      )}
      <Space wrap style={{ margin: "16px 0 4px", width: "100%", justifyContent: "space-between" }}>
        <Space wrap>
          <Segmented<View>
            aria-label={t("oncall.view")}
            value={view}
            onChange={(next) => go({ view: next, offset: 0 })}
            options={[
              { value: "week", label: t("oncall.week") },
              { value: "month", label: t("oncall.month") },
            ]}
          />
          <Button
            icon={<LeftOutlined />}
            aria-label={t(`oncall.previous.${view}`)}
            onClick={() => go({ offset: offset - 1 })}
          />
          <Button onClick={() => go({ offset: 0 })}>{t("oncall.today")}</Button>
          <Button
            icon={<RightOutlined />}
            aria-label={t(`oncall.next.${view}`)}
            onClick={() => go({ offset: offset + 1 })}
          />
          <Typography.Text strong data-testid="range">
            {formatRange(i18n.language, range)}
          </Typography.Text>
        </Space>
        <Typography.Text type="secondary" data-testid="time-zone">
          {t("oncall.timeZone", { zone: browserTimeZone() })}
        </Typography.Text>
      </Space>
      <Legend />
      {timeline.isError && <Alert type="error" showIcon message={<ErrorMessage error={timeline.error} />} />}
      {timeline.data && <ShiftLanes lanes={lanes} range={range} />}
      {scene.data && canWrite(session) && (
        <OverrideForm scene={scene.data} open={adding} onClose={() => setAdding(false)} />
      )}
      {scene.data && (
        <Modal
          open={showJson}
          title={t("oncall.document")}
          footer={null}
          width={760}
          onCancel={() => setShowJson(false)}
        >
          <pre
            className="oncall-json"
            data-testid="scene-json"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a long document scrolls, so a keyboard must reach it.
            tabIndex={0}
          >
            {JSON.stringify(scene.data, null, 2)}
          </pre>
        </Modal>
      )}
    </section>
  );
}
