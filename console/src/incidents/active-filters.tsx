import { CloseOutlined } from "@ant-design/icons";
import { Button, Space, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useApplications, useCatalogue } from "../api/hooks.ts";
import { nameIn } from "../api/names.ts";
import type { ListFilters } from "./list-query.ts";

/** The filters the Filters panel sets (the title search stays in view on the page itself). */
export type PanelFilter = "level" | "assignee" | "source" | "application" | "created" | "sort";

/** The panel's filters now applied; a sort other than newest first counts as one. */
export function activePanelFilters(filters: ListFilters): PanelFilter[] {
  const active: PanelFilter[] = [];
  if (filters.level) active.push("level");
  if (filters.assignee) active.push("assignee");
  if (filters.source) active.push("source");
  if (filters.application) active.push("application");
  if (filters.createdFrom !== undefined || filters.createdTo !== undefined) active.push("created");
  if (filters.sort && filters.sort !== "create_time:desc") active.push("sort");
  return active;
}

/** What removing a filter's tag changes. */
const CLEARED: Record<PanelFilter, Partial<ListFilters>> = {
  level: { level: undefined },
  assignee: { assignee: undefined },
  source: { source: undefined },
  application: { application: undefined },
  created: { createdFrom: undefined, createdTo: undefined },
  sort: { sort: undefined },
};

/**
 * The panel's filters in force, each a tag with a button that removes it: a person sees what the list is
 * filtered by while the panel (and its code) stays closed.
 */
export function ActiveFilters(props: {
  filters: ListFilters;
  update: (patch: Partial<ListFilters>) => void;
}) {
  const { filters, update } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const catalogue = useCatalogue();
  const applications = useApplications();
  const day = (ms: number | undefined) =>
    ms === undefined ? "…" : new Intl.DateTimeFormat(lang, { dateStyle: "medium" }).format(ms);
  const value = (filter: PanelFilter): string => {
    switch (filter) {
      case "level":
        return nameIn(
          lang,
          catalogue.data?.incident_level?.find((l) => l.key === filters.level),
          filters.level ?? "",
        );
      case "source":
        return nameIn(
          lang,
          catalogue.data?.incident_source?.find((l) => l.key === filters.source),
          filters.source ?? "",
        );
      case "application":
        return (
          applications.data?.applications.find((a) => a.id === filters.application)?.name ??
          filters.application ??
          ""
        );
      case "created":
        // createdTo is the start of the day after the last one chosen.
        return `${day(filters.createdFrom)} – ${day(filters.createdTo === undefined ? undefined : filters.createdTo - 1)}`;
      case "sort":
        return t(`list.sorts.${(filters.sort ?? "create_time:desc").replace(":", "_")}`);
      default:
        return filters.assignee ?? "";
    }
  };
  const active = activePanelFilters(filters);
  if (active.length === 0) return null;
  return (
    <Space wrap size={[4, 4]} style={{ marginBottom: 12 }} data-testid="active-filters">
      {active.map((filter) => {
        const label = t("list.activeFilter", {
          name: t(filter === "created" ? "list.createdRange" : `list.${filter}`),
          value: value(filter),
        });
        return (
          <Tag key={filter} style={{ marginInlineEnd: 0 }}>
            {label}
            <Button
              type="text"
              size="small"
              icon={<CloseOutlined />}
              aria-label={t("list.removeFilter", { filter: label })}
              onClick={() => update(CLEARED[filter])}
              style={{ marginInlineStart: 4, height: 20, width: 20, minWidth: 20 }}
            />
          </Tag>
        );
      })}
    </Space>
  );
}
