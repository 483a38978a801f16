import { AutoComplete, type AutoCompleteProps, Select, type SelectProps } from "antd";

/**
 * A Select inside a required Form.Item. antd puts the item's aria-required on the Select's outer <div>,
 * where ARIA does not allow it (axe-core: aria-allowed-attr); the label's mark says it is required.
 */
export function FormSelect(props: SelectProps & { "aria-required"?: unknown }) {
  const { "aria-required": _required, ...rest } = props;
  return <Select {...rest} />;
}

/** An AutoComplete inside a required Form.Item, for the same reason as FormSelect. */
export function FormAutoComplete(props: AutoCompleteProps & { "aria-required"?: unknown }) {
  const { "aria-required": _required, ...rest } = props;
  return <AutoComplete {...rest} />;
}
