import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Alert, Button, DatePicker, Input, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useApplications, useCatalogue } from "../api/hooks.ts";
import { countIncidentsByStatus, type ListItem, listIncidents, STATUSES } from "../api/incidents.ts";
import { formatTime, nameIn } from "../api/names.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import {
  countsRequest,
  exportUrl,
  type ListFilters,
  pageRequest,
  SORTS,
  type Sort,
} from "../incidents/list-query.ts";

/** New and changed incidents appear without a reload: the list and its counts are read again this often. */
const POLL_MS = 5_000;

/** The page sizes the table offers; `?per_page=` may choose one as the first (a link to 100 rows). */
const PAGE_SIZES = [10, 20, 50, 100];

const enumOf = (item: ListItem, prop: string) => item.enum_data_list.find((e) => e.prop_id === prop);

export function IncidentListPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params] = useSearchParams();
  const asked = Number(params.get("per_page"));
  const [filters, setFilters] = useState<ListFilters>({
    status: "all",
    page: 1,
    perPage: PAGE_SIZES.includes(asked) ? asked : 20,
  });
  const [titleDraft, setTitleDraft] = useState("");
  const catalogue = useCatalogue();
  const applications = useApplications();
  const update = (patch: Partial<ListFilters>) => setFilters((f) => ({ ...f, page: 1, ...patch }));

  const page = useQuery({
    queryKey: ["incidents", "page", filters],
    queryFn: () => listIncidents(pageRequest(filters)),
    refetchInterval: POLL_MS,
    placeholderData: keepPreviousData,
  });
  const counts = useQuery({
    queryKey: ["incidents", "counts", { ...filters, page: 0, status: "" }],
    queryFn: () => countIncidentsByStatus(countsRequest(filters)),
    refetchInterval: POLL_MS,
    placeholderData: keepPreviousData,
  });
  const countOf = (status: string) =>
    status === "all" ? counts.data?.total : counts.data?.statuses.find((c) => c.status === status);
  // Counts stop at the server's cap: past it a tab shows "10,000+" (docs/search.md, Status counts).
  const shown = (count: { count: number; capped: boolean } | undefined) =>
    count === undefined
      ? "…"
      : count.capped
        ? t("list.countCapped", { cap: count.count.toLocaleString(lang) })
        : count.count.toLocaleString(lang);
  const tabCount = countOf(filters.status);

  const tabs = ["all", ...STATUSES].map((status) => ({
    key: status,
    label: (
      <span data-testid={`tab-${status}`}>
        {t(`status.${status}`)}{" "}
        <Tag
          title={
            countOf(status)?.capped
              ? t("list.countCappedHint", { cap: counts.data?.cap.toLocaleString(lang) })
              : undefined
          }
        >
          {shown(countOf(status))}
        </Tag>
      </span>
    ),
  }));

  const levels = catalogue.data?.incident_level ?? [];
  const sources = catalogue.data?.incident_source ?? [];
  const created =
    filters.createdFrom !== undefined && filters.createdTo !== undefined
      ? ([dayjs(filters.createdFrom), dayjs(filters.createdTo).subtract(1, "day")] as [Dayjs, Dayjs])
      : null;
  return (
    <section aria-labelledby="list-title">
      <Space style={{ width: "100%", justifyContent: "space-between", flexWrap: "wrap" }}>
        <Typography.Title level={1} id="list-title" style={{ fontSize: 24, margin: "8px 0" }}>
          {t("list.title")}
        </Typography.Title>
        <Typography.Text type="secondary">{t("list.live")}</Typography.Text>
      </Space>
      <Tabs activeKey={filters.status} items={tabs} onChange={(status) => update({ status })} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t("list.searchTitle")}
          placeholder={t("list.searchTitle")}
          allowClear
          value={titleDraft}
          onChange={(e) => setTitleDraft(e.target.value)}
          onSearch={(title) => update({ title })}
          style={{ width: 220 }}
          data-testid="filter-title"
        />
        <Select
          aria-label={t("list.level")}
          placeholder={t("list.anyLevel")}
          allowClear
          value={filters.level}
          onChange={(level?: string) => update({ level })}
          options={levels.map((l) => ({ value: l.key, label: nameIn(lang, l, l.key) }))}
          style={{ width: 140 }}
          data-testid="filter-level"
        />
        <Input.Search
          aria-label={t("list.assignee")}
          placeholder={t("list.assigneePlaceholder")}
          allowClear
          onSearch={(assignee) => update({ assignee })}
          style={{ width: 220 }}
        />
        <Select
          aria-label={t("list.source")}
          placeholder={t("list.anySource")}
          allowClear
          value={filters.source}
          onChange={(source?: string) => update({ source })}
          options={sources.map((l) => ({ value: l.key, label: nameIn(lang, l, l.key) }))}
          style={{ width: 160 }}
        />
        <Select
          aria-label={t("list.application")}
          placeholder={t("list.anyApplication")}
          allowClear
          showSearch
          value={filters.application}
          onChange={(application?: string) => update({ application })}
          options={(applications.data?.applications ?? []).map((a) => ({ value: a.id, label: a.name }))}
          style={{ width: 180 }}
        />
        <DatePicker.RangePicker
          aria-label={t("list.createdRange")}
          placeholder={[t("list.createdFrom"), t("list.createdTo")]}
          value={created}
          onChange={(range) =>
            update({
              // Whole days in the viewer's zone: from the first day's start to the end of the last.
              createdFrom: range?.[0]?.startOf("day").valueOf(),
              createdTo: range?.[1]?.startOf("day").add(1, "day").valueOf(),
            })
          }
          data-testid="filter-created"
        />
        <Select
          aria-label={t("list.sort")}
          value={filters.sort ?? "create_time:desc"}
          onChange={(sort: Sort) => update({ sort })}
          options={SORTS.map((sort) => ({ value: sort, label: t(`list.sorts.${sort.replace(":", "_")}`) }))}
          style={{ width: 200 }}
        />
        <Button
          onClick={() => {
            setTitleDraft("");
            setFilters({ status: filters.status, sort: filters.sort, page: 1, perPage: filters.perPage });
          }}
        >
          {t("list.clear")}
        </Button>
        <a href={exportUrl(filters, "csv")} download="incidents.csv" data-testid="export-csv">
          {t("list.exportCsv")}
        </a>
        <a href={exportUrl(filters, "ndjson")} download="incidents.ndjson">
          {t("list.exportNdjson")}
        </a>
      </Space>
      {page.isError && <Alert type="error" showIcon message={<ErrorMessage error={page.error} />} />}
      <Table<ListItem>
        rowKey="ticket_id"
        size="middle"
        loading={page.isPending}
        dataSource={page.data?.tickets ?? []}
        scroll={{ x: 640 }}
        pagination={{
          current: filters.page,
          pageSize: filters.perPage,
          pageSizeOptions: PAGE_SIZES,
          total: tabCount?.count ?? 0,
          showTotal: (count) =>
            tabCount?.capped
              ? t("list.totalCapped", { cap: count.toLocaleString(lang) })
              : t("list.total", { count }),
          onChange: (p, perPage) => setFilters((f) => ({ ...f, page: p, perPage })),
        }}
        columns={[
          {
            title: t("list.incidentTitle"),
            dataIndex: "title",
            render: (title: string, item) => <Link to={`/incidents/${item.ticket_id}`}>{title}</Link>,
          },
          {
            title: t("list.level"),
            dataIndex: "level_id",
            width: 80,
            render: (level: string, item) => nameIn(lang, enumOf(item, "level_id"), level),
          },
          {
            title: t("list.status"),
            dataIndex: "work_flow_status",
            width: 110,
            render: (status: string, item) => nameIn(lang, enumOf(item, "work_flow_status"), status),
          },
          {
            title: t("list.assignee"),
            dataIndex: "assignee",
            render: (assignee: string, item) => nameIn(lang, enumOf(item, "assignee"), assignee),
          },
          { title: t("list.number"), dataIndex: "ticket_id", responsive: ["lg"] },
          {
            title: t("list.created"),
            dataIndex: "create_time",
            responsive: ["md"],
            render: (ms: string) => formatTime(lang, ms),
          },
        ]}
      />
    </section>
  );
}
