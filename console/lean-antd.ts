import type { Plugin } from "vite";

/**
 * Five of antd's imports load code the console's incident list never runs; this rewrites them at build
 * time, so that the list's first view loads none of it (docs/console.md, What loads when):
 *
 * - antd's form context (which every input imports) takes `FormProvider` from rc-field-form's index, and
 *   the index keeps all of rc-field-form with its validator (it assigns to an object, a side effect Rollup
 *   cannot drop): it imports rc-field-form's FormContext module instead.
 * - antd's Radio group takes a two-line helper from the module that also holds antd's `useForm`, and with
 *   it rc-field-form's form store: the group has the helper itself (antd's own code).
 * - antd's Table imports the column filter dropdown (with Tree, about 13 kB) even for columns without
 *   filters, which are all of the console's: it loads on first use instead (`lean-antd/filter-dropdown.js`).
 * - antd's Table imports Dropdown (with Menu) for the row-selection column's menu of selections, and the
 *   console's tables select no rows: it loads on first use instead (`lean-antd/selection-dropdown.js`).
 * - antd's pager imports Select for its page-size picker even when it shows none (the incident list's): the
 *   Select loads when a pager first shows a picker instead (`lean-antd/pagination-select.js`).
 *
 * Each rewrite must find its text: when antd changes, the build fails here instead of quietly growing.
 */
const REWRITES: { file: RegExp; from: string; to: string }[] = [
  {
    file: /antd\/es\/form\/context\.js$/,
    from: "import { FormProvider as RcFormProvider } from 'rc-field-form';",
    to: "import { FormProvider as RcFormProvider } from 'rc-field-form/es/FormContext';",
  },
  {
    file: /antd\/es\/table\/hooks\/useFilter\/index\.js$/,
    from: "import FilterDropdown, { flattenKeys } from './FilterDropdown';",
    to: `import FilterDropdown, { flattenKeys } from ${JSON.stringify(new URL("./lean-antd/filter-dropdown.js", import.meta.url).pathname)};`,
  },
  {
    // The row-selection column's menu of selections; the console's tables select no rows.
    file: /antd\/es\/table\/hooks\/useSelection\.js$/,
    from: "import Dropdown from '../../dropdown';",
    to: `import Dropdown from ${JSON.stringify(new URL("./lean-antd/selection-dropdown.js", import.meta.url).pathname)};`,
  },
  {
    // The pager imports Select for its page-size picker even when it shows none, as the incident list's does.
    file: /antd\/es\/pagination\/Pagination\.js$/,
    from: "import Select from '../select';",
    to: `import Select from ${JSON.stringify(new URL("./lean-antd/pagination-select.js", import.meta.url).pathname)};`,
  },
  {
    // The module it lives in also holds antd's useForm, which puts rc-field-form's form store (and
    // scroll-into-view) in whichever chunk the Radio group shares with the pages that have forms.
    file: /antd\/es\/radio\/group\.js$/,
    from: "import { toNamePathStr } from '../form/hooks/useForm';",
    to: "import { toArray } from '../form/util';\nconst toNamePathStr = (name) => toArray(name).join('_');",
  },
];

export function leanAntd(): Plugin {
  return {
    name: "incidentd-lean-antd",
    enforce: "pre",
    transform(code, id) {
      const rewrite = REWRITES.find((r) => r.file.test(id.split("?")[0] ?? id));
      if (!rewrite) return null;
      if (!code.includes(rewrite.from)) throw new Error(`lean-antd: "${rewrite.from}" is no longer in ${id}`);
      return { code: code.replace(rewrite.from, rewrite.to), map: null };
    },
  };
}
