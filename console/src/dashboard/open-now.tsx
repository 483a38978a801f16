import { Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { OpenIncidents } from "../api/analytics.ts";
import { useCatalogue } from "../api/hooks.ts";
import { nameIn } from "../api/names.ts";
import { Chart } from "./chart.tsx";

/** Open statuses in the workflow's order; one the console does not know is shown by its key, after them. */
const STATUSES = [
  "INCIDENT_STATUS_TRIGGERED",
  "INCIDENT_STATUS_ACKNOWLEDGED",
  "INCIDENT_STATUS_REJECTED",
  "INCIDENT_STATUS_RESOLVED",
];

const STATUS_COLOURS = ["#d4380d", "#0958d9", "#722ed1", "#389e0d"];

interface LevelRow {
  level: string;
  name: string;
  counts: Record<string, number>;
  total: number;
}

/** Open incidents now: a level × status table (the figures) and the same as a stacked bar chart. */
export function OpenNow({ data }: { data: OpenIncidents }) {
  const { t, i18n } = useTranslation();
  const catalogue = useCatalogue();
  const known = catalogue.data?.incident_level ?? [];
  const order = new Map(known.map((l, i) => [l.key, i]));
  const statuses = [
    ...STATUSES,
    ...new Set(data.rows.map((r) => r.status).filter((s) => !STATUSES.includes(s))),
  ];
  const statusName = (s: string) => (STATUSES.includes(s) ? t(`status.${s}`) : s);
  const byLevel = new Map<string, LevelRow>();
  for (const r of data.rows) {
    const entry = known.find((l) => l.key === r.level);
    const row = byLevel.get(r.level) ?? {
      level: r.level,
      name: nameIn(i18n.language, entry, r.level),
      counts: {},
      total: 0,
    };
    row.counts[r.status] = (row.counts[r.status] ?? 0) + r.count;
    row.total += r.count;
    byLevel.set(r.level, row);
  }
  const rows = [...byLevel.values()].sort(
    (a, b) => (order.get(a.level) ?? 1e9) - (order.get(b.level) ?? 1e9) || a.level.localeCompare(b.level),
  );
  if (data.total === 0)
    return <Typography.Paragraph data-testid="open-none">{t("dashboard.open.none")}</Typography.Paragraph>;
  const totals: LevelRow = { level: "", name: t("dashboard.total"), counts: {}, total: data.total };
  for (const s of statuses) totals.counts[s] = rows.reduce((n, r) => n + (r.counts[s] ?? 0), 0);
  const used = statuses.filter((s) => (totals.counts[s] ?? 0) > 0);
  return (
    <>
      <Table<LevelRow>
        rowKey={(r) => r.level || "total"}
        size="small"
        pagination={false}
        dataSource={[...rows, totals]}
        scroll={{ x: 560 }}
        data-testid="open-table"
        columns={[
          {
            title: t("dashboard.open.level"),
            dataIndex: "name",
            render: (name: string, r) => (r.level ? name : <strong>{name}</strong>),
          },
          ...statuses.map((s) => ({
            title: statusName(s),
            key: s,
            align: "right" as const,
            render: (_: unknown, r: LevelRow) => (
              <span data-testid={`open-${r.level || "total"}-${s}`}>{r.counts[s] ?? 0}</span>
            ),
          })),
          {
            title: t("dashboard.total"),
            key: "total",
            align: "right",
            render: (_, r) => <strong data-testid={`open-${r.level || "total"}-all`}>{r.total}</strong>,
          },
        ]}
      />
      <Chart
        testId="open-chart"
        height={Math.max(140, 48 * rows.length + 70)}
        summary={t("dashboard.open.chartSummary", {
          total: data.total,
          levels: rows.map((r) => `${r.name} ${r.total}`).join(", "),
        })}
        option={{
          tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
          legend: { top: 0 },
          grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
          xAxis: { type: "value", minInterval: 1 },
          yAxis: { type: "category", data: rows.map((r) => r.name), inverse: true },
          series: used.map((s) => ({
            type: "bar",
            stack: "open",
            name: statusName(s),
            color: STATUS_COLOURS[STATUSES.indexOf(s)] ?? "#595959",
            data: rows.map((r) => r.counts[s] ?? 0),
          })),
        }}
      />
    </>
  );
}
