import { Alert, Card, Col, Row, Segmented, Space, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useDailyAnalytics, useOpenIncidents } from "../api/analytics.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import { OpenNow } from "../dashboard/open-now.tsx";
import { DayTable, DurationChart, FlowChart, TrendTotals } from "../dashboard/trend.tsx";
import { browserTimeZone } from "../oncall/range.ts";

const RANGES = [30, 90] as const;
type Range = (typeof RANGES)[number];

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

/** Open incidents now; created and closed per day and MTTA / MTTR over the last 30 or 90 days. */
export function DashboardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const days: Range = params.get("days") === "90" ? 90 : 30;
  const zone = browserTimeZone();
  const open = useOpenIncidents();
  const daily = useDailyAnalytics(days, zone);
  const loading = (
    <Spin tip={t("app.loading")}>
      <div style={{ minHeight: 80 }} />
    </Spin>
  );
  return (
    <section aria-labelledby="dashboard-title">
      <Typography.Title level={1} id="dashboard-title" style={{ fontSize: 24, margin: "8px 0" }}>
        {t("dashboard.title")}
      </Typography.Title>
      <Card size="small" title={heading(t("dashboard.open.title"))} style={{ marginBottom: 16 }}>
        {open.isError && <Alert type="error" showIcon message={<ErrorMessage error={open.error} />} />}
        {open.isPending && loading}
        {open.data && <OpenNow data={open.data} />}
      </Card>
      <Space wrap style={{ marginBottom: 8 }}>
        <Segmented<Range>
          aria-label={t("dashboard.range")}
          value={days}
          onChange={(next) => setParams(next === 30 ? {} : { days: String(next) }, { replace: true })}
          options={RANGES.map((n) => ({ value: n, label: t("dashboard.lastDays", { n }) }))}
        />
        <Typography.Text type="secondary" data-testid="time-zone">
          {t("dashboard.timeZone", { zone })}
        </Typography.Text>
      </Space>
      <Typography.Paragraph type="secondary">{t("dashboard.cohorts")}</Typography.Paragraph>
      {daily.isError && <Alert type="error" showIcon message={<ErrorMessage error={daily.error} />} />}
      {daily.isPending && loading}
      {daily.data && (
        <>
          <TrendTotals rows={daily.data.rows} />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card size="small" title={heading(t("dashboard.trend.flowTitle"))}>
                <FlowChart rows={daily.data.rows} days={days} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={heading(t("dashboard.trend.durationTitle"))}>
                <DurationChart rows={daily.data.rows} days={days} />
              </Card>
            </Col>
            <Col span={24}>
              <Card size="small" title={heading(t("dashboard.trend.tableTitle"))}>
                <DayTable rows={daily.data.rows} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </section>
  );
}
