import { DatePicker, Select, Space } from "antd";
import Search from "antd/es/input/Search";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApplications, useCatalogue } from "../api/hooks.ts";
import { nameIn } from "../api/names.ts";
import { type ListFilters, SORTS, type Sort } from "./list-query.ts";

export interface FiltersPanelProps {
  filters: ListFilters;
  update: (patch: Partial<ListFilters>) => void;
}

/**
 * The list's filters behind its "Filters" button: level, assignee, source, application, creation days and
 * the sort. A chunk of its own (React.lazy in pages/incident-list.tsx), with the date-range picker and
 * dayjs, so the list's first view loads none of it (docs/console.md, What loads when).
 */
export default function FiltersPanel({ filters, update }: FiltersPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const catalogue = useCatalogue();
  const applications = useApplications();
  // The assignee applies on Enter; a tag removed on the page clears the box too.
  const [assignee, setAssignee] = useState(filters.assignee ?? "");
  useEffect(() => setAssignee(filters.assignee ?? ""), [filters.assignee]);
  const levels = catalogue.data?.incident_level ?? [];
  const sources = catalogue.data?.incident_source ?? [];
  const created =
    filters.createdFrom !== undefined && filters.createdTo !== undefined
      ? ([dayjs(filters.createdFrom), dayjs(filters.createdTo).subtract(1, "day")] as [Dayjs, Dayjs])
      : null;
  return (
    <Space wrap id="list-filters" data-testid="list-filters" style={{ marginBottom: 12 }}>
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
      <Search
        aria-label={t("list.assignee")}
        placeholder={t("list.assigneePlaceholder")}
        allowClear
        value={assignee}
        onChange={(e) => setAssignee(e.target.value)}
        onSearch={(value) => update({ assignee: value || undefined })}
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
    </Space>
  );
}
