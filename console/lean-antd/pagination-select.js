// antd's Select for the pager's page-size picker, loaded when a pager first shows one (console/lean-antd.ts).
import { createElement, lazy, Suspense } from "react";

const Select = lazy(() => import("antd/es/select/index.js"));

/** Until the Select's code is there, the pager shows no picker. */
export default function PaginationSelect(props) {
  return createElement(Suspense, { fallback: null }, createElement(Select, props));
}
