import type { BoolLike, EpochMsLike } from "./wire-types.ts";

/*
 * The values behind the lenient wire types, without their schemas: services convert with these, so code
 * that never validates a request (the CLI, the transfer-rule worker) does not load TypeBox.
 */

export function toBool(value: BoolLike): boolean {
  return value === true || value === "true";
}

export function toEpochMs(value: EpochMsLike | undefined): number | null {
  if (value === undefined || value === null) return null;
  return typeof value === "number" ? value : Number(value);
}
