import { type Static, type StringOptions, type TSchema, Type } from "@sinclair/typebox";

/**
 * Wire types for the places where COC's sources disagree on a field's JSON type (see docs): booleans are
 * accepted as JSON booleans or the strings "true"/"false", integers as numbers or numeric strings.
 */
export const BoolLike = Type.Union([Type.Boolean(), Type.Literal("true"), Type.Literal("false")], {
  "x-expected": 'a boolean or the string "true" or "false"',
});
export type BoolLike = Static<typeof BoolLike>;

/** Epoch milliseconds: a non-negative integer, as a number or a string of digits; null means absent. */
export const EpochMsLike = Type.Union(
  [
    Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
    Type.String({ pattern: "^[0-9]{1,15}$" }),
    Type.Null(),
  ],
  { "x-expected": "epoch milliseconds (a non-negative integer or a string of digits)" },
);
export type EpochMsLike = Static<typeof EpochMsLike>;

/**
 * A response field holding an integer or null, written the OpenAPI 3.0 way (`nullable`): fast-json-stringify
 * then writes it after one null check, where for a union it runs a schema validator on every value
 * (docs/benchmarks.md).
 */
export const IntegerOrNull = Type.Unsafe<number | null>({ type: "integer", nullable: true });

/** A string of at most `max` characters (COC's limits count characters, not bytes). */
export function Str(max: number, options: StringOptions = {}) {
  return Type.String({ maxLength: max, ...options });
}

/** An optional field that may also be sent as JSON null (treated as absent). */
export function Nullable<T extends TSchema>(schema: T, expected: string) {
  return Type.Optional(Type.Union([schema, Type.Null()], { "x-expected": `${expected}, or null` }));
}

/** COC's "array of 0-1 strings" fields (region, enterprise_project, …). */
export function OneStringArray(description: string) {
  return Type.Array(Str(255), { maxItems: 1, description });
}

export const ONE_STRING_ARRAY_EXPECTED = "an array of at most 1 string of at most 255 characters";
