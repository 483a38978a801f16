// antd's Dropdown for a Table's row-selection menu, loaded when a table first shows one (console/lean-antd.ts).
import { createElement, lazy, Suspense } from "react";

const Dropdown = lazy(() => import("antd/es/dropdown/index.js"));

/** Until the Dropdown's code is there, the selection column shows its trigger alone. */
export default function SelectionDropdown(props) {
  return createElement(Suspense, { fallback: props.children }, createElement(Dropdown, props));
}
