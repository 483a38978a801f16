import { FilterOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Alert, Button, Radio, Space, Spin, Table, Tag } from "antd";
// Search alone: antd's Input index brings TextArea, Password and OTP with it, which the list never shows.
import Search from "antd/es/input/Search";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { countIncidentsByStatus, type ListItem, listIncidents, STATUSES } from "../api/incidents.ts";
import { formatTime, nameIn } from "../api/names.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import { ActiveFilters, activePanelFilters } from "../incidents/active-filters.tsx";
import { countsRequest, exportUrl, type ListFilters, pageRequest } from "../incidents/list-query.ts";

/**
 * The filters other than the title search sit behind the "Filters" button, in a chunk of their own: the
 * list's first view stays within its script goal (issue 19; docs/console.md, What loads when).
 */
const FiltersPanel = lazy(() => import("../incidents/list-filters.tsx"));

/** New and changed incidents appear without a reload: the list and its counts are read again this often. */
const POLL_MS = 5_000;

/** The page sizes `?per_page=` may choose (a link to 100 rows); the pager has no picker. */
const PAGE_SIZES = [10, 20, 50, 100];

/** antd's Radio.Group passes a role through but does not type it: the group's role for screen readers. */
const RADIOGROUP = { role: "radiogroup" } as object;

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
  const [open, setOpen] = useState(false);
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
    value: status,
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

  const active = activePanelFilters(filters).length;
  return (
    <section aria-labelledby="list-title">
      <div
        style={{ display: "flex", flexWrap: "wrap", justifyContent: "space-between", alignItems: "center" }}
      >
        {/* Plain elements, not antd's Typography: its code is 10 kB of the list's first script goal. */}
        <h1 id="list-title" style={{ fontSize: 24, fontWeight: 600, margin: "8px 0" }}>
          {t("list.title")}
        </h1>
        <span className="secondary-text">{t("list.live")}</span>
      </div>
      {/*
        The status tabs as a radio group in button style: antd's Radio is already loaded with the Table (its
        row selection), Tabs would add 12 kB. A scroller of its own: on a phone the tabs scroll, not the page.
      */}
      <div style={{ overflowX: "auto", margin: "8px 0 12px" }}>
        <Radio.Group
          {...RADIOGROUP}
          aria-label={t("list.statusTabs")}
          optionType="button"
          value={filters.status}
          options={tabs}
          onChange={(e) => update({ status: e.target.value })}
          style={{ whiteSpace: "nowrap" }}
        />
      </div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Search
          aria-label={t("list.searchTitle")}
          placeholder={t("list.searchTitle")}
          allowClear
          value={titleDraft}
          onChange={(e) => setTitleDraft(e.target.value)}
          onSearch={(title) => update({ title })}
          style={{ width: 220 }}
          data-testid="filter-title"
        />
        <Button
          icon={<FilterOutlined />}
          aria-expanded={open}
          aria-controls={open ? "list-filters" : undefined}
          onClick={() => setOpen((o) => !o)}
          data-testid="filters-button"
        >
          {active > 0 ? t("list.filtersActive", { n: active }) : t("list.filters")}
        </Button>
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
      {open && (
        <Suspense fallback={<Spin size="small" />}>
          <FiltersPanel filters={filters} update={update} />
        </Suspense>
      )}
      <ActiveFilters filters={filters} update={update} />
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
          // No page-size picker (its Select would load with the first page, docs/console.md): `?per_page=`
          // chooses the size.
          showSizeChanger: false,
          total: tabCount?.count ?? 0,
          showTotal: (count) =>
            tabCount?.capped
              ? t("list.totalCapped", { cap: count.toLocaleString(lang) })
              : t("list.total", { count }),
          onChange: (p) => setFilters((f) => ({ ...f, page: p })),
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
