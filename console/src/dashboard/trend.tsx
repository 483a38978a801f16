import { Col, Row, Statistic, Table } from "antd";
import { useTranslation } from "react-i18next";
import type { AnalyticsRow } from "../api/analytics.ts";
import { Chart } from "./chart.tsx";
import { formatDay, formatDuration, meanOver } from "./format.ts";

const MINUTE = 60_000;
const minutes = (ms: number | null) => (ms === null ? null : Math.round((ms / MINUTE) * 10) / 10);

/** The range's totals: what a screen reader (and anyone) reads first. */
export function TrendTotals({ rows }: { rows: AnalyticsRow[] }) {
  const { t, i18n } = useTranslation();
  const sum = (pick: (r: AnalyticsRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const figures = [
    ["created", t("dashboard.trend.created"), sum((r) => r.created)],
    ["closed", t("dashboard.trend.closed"), sum((r) => r.closed)],
    ["open", t("dashboard.trend.stillOpen"), sum((r) => r.open)],
    [
      "mtta",
      t("dashboard.trend.mttaMean"),
      formatDuration(t, i18n.language, meanOver(rows.map((r) => r.mtta))),
    ],
    [
      "mttr",
      t("dashboard.trend.mttrMean"),
      formatDuration(t, i18n.language, meanOver(rows.map((r) => r.mttr))),
    ],
  ] as const;
  return (
    <Row gutter={[16, 8]} style={{ marginBottom: 8 }}>
      {figures.map(([key, title, value]) => (
        <Col key={key} xs={12} sm={8} md={4}>
          <Statistic
            title={title}
            value={value}
            valueRender={(v) => <span data-testid={`total-${key}`}>{v}</span>}
          />
        </Col>
      ))}
    </Row>
  );
}

/** Incidents created per day, and how many of each day's are closed now. */
export function FlowChart({ rows, days }: { rows: AnalyticsRow[]; days: number }) {
  const { t, i18n } = useTranslation();
  const created = rows.reduce((n, r) => n + r.created, 0);
  const closed = rows.reduce((n, r) => n + r.closed, 0);
  return (
    <Chart
      testId="flow-chart"
      summary={t("dashboard.trend.flowSummary", { days, created, closed })}
      option={{
        tooltip: { trigger: "axis" },
        legend: { top: 0 },
        grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: rows.map((r) => formatDay(i18n.language, r.bucket)) },
        yAxis: { type: "value", minInterval: 1 },
        series: [
          {
            type: "bar",
            name: t("dashboard.trend.created"),
            color: "#0958d9",
            data: rows.map((r) => r.created),
          },
          {
            type: "bar",
            name: t("dashboard.trend.closed"),
            color: "#389e0d",
            data: rows.map((r) => r.closed),
          },
        ],
      }}
    />
  );
}

/** MTTA and MTTR per day, p50 and p90, in minutes on the axis and in readable units in the tooltip. */
export function DurationChart({ rows, days }: { rows: AnalyticsRow[]; days: number }) {
  const { t, i18n } = useTranslation();
  const duration = (ms: number | null) => formatDuration(t, i18n.language, ms);
  const line = (name: string, colour: string, dashed: boolean, pick: (r: AnalyticsRow) => number | null) => ({
    type: "line" as const,
    name,
    color: colour,
    connectNulls: false,
    lineStyle: { type: dashed ? ("dashed" as const) : ("solid" as const) },
    data: rows.map((r) => minutes(pick(r))),
  });
  return (
    <Chart
      testId="duration-chart"
      summary={t("dashboard.trend.durationSummary", {
        days,
        mtta: duration(meanOver(rows.map((r) => r.mtta))),
        mttr: duration(meanOver(rows.map((r) => r.mttr))),
      })}
      option={{
        tooltip: {
          trigger: "axis",
          valueFormatter: (v) => (typeof v === "number" ? duration(v * MINUTE) : t("dashboard.noFigure")),
        },
        legend: { top: 0 },
        grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: rows.map((r) => formatDay(i18n.language, r.bucket)) },
        yAxis: { type: "value", axisLabel: { formatter: (v: number) => duration(v * MINUTE) } },
        series: [
          line(t("dashboard.trend.mttaP50"), "#0958d9", false, (r) => r.mtta.p50_ms),
          line(t("dashboard.trend.mttaP90"), "#0958d9", true, (r) => r.mtta.p90_ms),
          line(t("dashboard.trend.mttrP50"), "#d4380d", false, (r) => r.mttr.p50_ms),
          line(t("dashboard.trend.mttrP90"), "#d4380d", true, (r) => r.mttr.p90_ms),
        ],
      }}
    />
  );
}

/** Every day with incidents, newest first: the charts' figures as a table. */
export function DayTable({ rows }: { rows: AnalyticsRow[] }) {
  const { t, i18n } = useTranslation();
  const duration = (ms: number | null) => formatDuration(t, i18n.language, ms);
  const withIncidents = rows.filter((r) => r.created > 0).reverse();
  return (
    <Table<AnalyticsRow>
      rowKey="bucket"
      size="small"
      data-testid="day-table"
      dataSource={withIncidents}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 760 }}
      locale={{ emptyText: t("dashboard.trend.noDays") }}
      onRow={(r) => ({ "data-testid": `day-${r.bucket}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t("dashboard.trend.day"),
          dataIndex: "bucket",
          render: (b: string) => formatDay(i18n.language, b, true),
        },
        { title: t("dashboard.trend.created"), dataIndex: "created", align: "right" },
        { title: t("dashboard.trend.closed"), dataIndex: "closed", align: "right" },
        { title: t("dashboard.trend.stillOpen"), dataIndex: "open", align: "right" },
        {
          title: t("dashboard.trend.mttaP50"),
          key: "mtta50",
          align: "right",
          render: (_, r) => duration(r.mtta.p50_ms),
        },
        {
          title: t("dashboard.trend.mttaP90"),
          key: "mtta90",
          align: "right",
          render: (_, r) => duration(r.mtta.p90_ms),
        },
        {
          title: t("dashboard.trend.mttrP50"),
          key: "mttr50",
          align: "right",
          render: (_, r) => duration(r.mttr.p50_ms),
        },
        {
          title: t("dashboard.trend.mttrP90"),
          key: "mttr90",
          align: "right",
          render: (_, r) => duration(r.mttr.p90_ms),
        },
      ]}
    />
  );
}
