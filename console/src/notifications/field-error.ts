import type { FormInstance } from "antd";
import { ApiError } from "../api/http.ts";

type NamePath = (string | number)[];

/**
 * Puts a server validation message ("email.address: …") on the form field it names; `toPath` turns the
 * server's parameter into the form's name path (undefined: no field shows it). False when none took it.
 */
export function showFieldError(
  form: FormInstance,
  failure: unknown,
  toPath: (field: string) => NamePath | undefined,
): boolean {
  if (!(failure instanceof ApiError) || !failure.field) return false;
  const path = toPath(failure.field);
  if (!path) return false;
  form.setFields([{ name: path, errors: [failure.detail.replace(/^[^:]+: /, "")] }]);
  form.scrollToField(path);
  return true;
}

/**
 * `toPath` for a form whose fields are `known` (dotted, as the server names them): "match.integration_ids[0]"
 * and "match.labels.env" go to match.integration_ids and match.labels when those are known.
 */
export function fieldIn(known: readonly string[]): (field: string) => NamePath | undefined {
  return (field) => {
    const plain = field.replace(/\[\d+\]/g, "");
    const hit = known.find((k) => plain === k) ?? known.find((k) => plain.startsWith(`${k}.`));
    return hit?.split(".");
  };
}
