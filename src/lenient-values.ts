/*
 * COC's sources disagree on some fields' JSON types, so the wire accepts booleans as JSON booleans or the
 * strings "true"/"false", and epoch milliseconds as numbers or strings of digits (the schemas are
 * http/wire-types.ts). These convert such values once validated; they need no schema library, so code
 * that never validates a request (the CLI, the transfer-rule worker) does not load TypeBox.
 */

export type BoolLike = boolean | "true" | "false";
export type EpochMsLike = number | string | null;

export function toBool(value: BoolLike): boolean {
  return value === true || value === "true";
}

export function toEpochMs(value: EpochMsLike | undefined): number | null {
  if (value === undefined || value === null) return null;
  return typeof value === "number" ? value : Number(value);
}
