// antd's Table column filter dropdown, loaded when a column with filters first renders (console/lean-antd.ts).
import { createElement, lazy, Suspense } from "react";

const Dropdown = lazy(() => import("antd/es/table/hooks/useFilter/FilterDropdown.js"));

/** Until the dropdown's code is there, the column shows its title alone. */
export default function FilterDropdown(props) {
  return createElement(Suspense, { fallback: props.children }, createElement(Dropdown, props));
}

/** antd's own (FilterDropdown.js), needed at once to filter the rows: the keys of a filter tree. */
export function flattenKeys(filters) {
  const keys = [];
  for (const { value, children } of filters || []) keys.push(value, ...flattenKeys(children));
  return keys;
}
