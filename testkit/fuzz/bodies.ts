import fc from "fast-check";
import { hostileString, longString } from "./hostile-strings.ts";

/** A JSON schema as found in the OpenAPI document (only the keywords the example builder reads). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  const?: unknown;
  default?: unknown;
  minLength?: number;
  minItems?: number;
  minimum?: number;
  format?: string;
}

/** A valid-looking instance of a schema: the base that mutations start from. */
export function exampleOf(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return {};
  if (schema.const !== undefined) return schema.const;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.anyOf && schema.anyOf.length > 0) return exampleOf(schema.anyOf[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(schema.properties ?? {}))
        out[name] = exampleOf(sub, depth + 1);
      return out;
    }
    case "array":
      return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () =>
        exampleOf(schema.items, depth + 1),
      );
    case "string":
      if (schema.format === "email") return "fuzz@example.com";
      return "a".repeat(Math.max(1, schema.minLength ?? 1));
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    default:
      return schema.properties ? exampleOf({ ...schema, type: "object" }, depth) : "a";
  }
}

/**
 * Search filters and conditions that used to cost unbounded work or end in a 500 (issue 17): a condition
 * naming filters ~1,000 times, in lists referenced past SQLite's parameter limit, null filters, filters
 * without values, values whose String() throws.
 */
const hostileSearch: fc.Arbitrary<unknown> = fc.constantFrom(
  Array.from({ length: 1000 }, (_, i) => (i % 2 ? "a" : "b")).join("|"),
  `${"(".repeat(40)}a${")".repeat(40)}`,
  [null],
  [{ field: "title", operator: "=" }],
  [{ field: "title", operator: "in", values: [{ toString: 1, valueOf: 1 }] }],
  Array.from({ length: 20 }, (_, i) => ({
    name: i % 2 ? "a" : "b",
    field: "title",
    operator: "in",
    values: Array.from({ length: 1000 }, (_, j) => `v${j}`),
  })),
  Array.from({ length: 10 }, (_, i) => ({
    name: `c${i}`,
    filters: [{ field: "title", operator: "like", values: ["a"] }],
  })),
);

/** Values of the wrong type, or right type and wrong value, for any field. */
function wrongValue(strings: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.oneof(
    strings,
    hostileSearch,
    fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53 + 2, -(2 ** 63), 1e308, [], {}, [null], [[]], ""),
    fc.integer().map(String),
    fc.array(strings, { maxLength: 3 }),
    fc.dictionary(strings, strings, { maxKeys: 3 }),
    fc.jsonValue({ maxDepth: 3 }),
  );
}

type Json = Record<string, unknown>;

/** Mutates a valid body: drops, replaces and adds fields, one to three times. */
export function mutatedBody(base: unknown, realIds: readonly string[]): fc.Arbitrary<unknown> {
  const strings = hostileString(realIds);
  const fields = base && typeof base === "object" && !Array.isArray(base) ? Object.keys(base) : [];
  const fieldName = fields.length > 0 ? fc.oneof(fc.constantFrom(...fields), strings) : strings;
  const mutation = fc.oneof(
    fc.record({ op: fc.constant("drop" as const), field: fieldName }),
    fc.record({ op: fc.constant("set" as const), field: fieldName, value: wrongValue(strings) }),
    fc.record({ op: fc.constant("nest" as const), field: fieldName }),
    fc.record({ op: fc.constant("stringify" as const), field: fieldName }),
  );
  return fc.array(mutation, { minLength: 0, maxLength: 3 }).map((mutations) => {
    const body: Json = structuredClone((base ?? {}) as Json);
    for (const m of mutations) {
      if (m.op === "drop") delete body[m.field];
      else if (m.op === "set") body[m.field] = m.value;
      else if (m.op === "nest") body[m.field] = [[{ [m.field]: body[m.field] ?? {} }]];
      else if (m.op === "stringify") body[m.field] = JSON.stringify(body[m.field] ?? null);
    }
    return body;
  });
}

/** A body as bytes on the wire, with the content type it is sent under (undefined: no header). */
export interface RawBody {
  label: string;
  payload: string | Buffer;
  contentType: string | undefined;
}

const JSON_TYPE = "application/json";

function deepArrays(levels: number): string {
  return "[".repeat(levels) + "]".repeat(levels);
}

/** `base` with every object-valued field (e.g. a custom event's `additional`) nested 5,000 levels deep. */
function deepInObjectFields(base: unknown): string {
  if (!base || typeof base !== "object" || Array.isArray(base)) return JSON.stringify(base ?? {});
  const deep = `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`;
  const fields = Object.entries(base).map(([key, value]) => {
    const isObject = value !== null && typeof value === "object" && !Array.isArray(value);
    return `${JSON.stringify(key)}:${isObject ? `{"deep":${deep}}` : JSON.stringify(value)}`;
  });
  return `{${fields.join(",")}}`;
}

/** Hostile bytes for a route whose valid body is `base` (field names taken from it). */
export function rawBody(base: unknown, bodyLimit: number): fc.Arbitrary<RawBody> {
  const text = JSON.stringify(base ?? {});
  const firstField = base && typeof base === "object" ? Object.keys(base)[0] : undefined;
  const field = JSON.stringify(firstField ?? "x");
  const inner = text.length > 2 ? `,${text.slice(1, -1)}` : "";
  const cases: RawBody[] = [
    { label: "duplicate-keys", payload: `{${field}:1,${field}:"x"${inner}}`, contentType: JSON_TYPE },
    { label: "duplicate-keys-last-valid", payload: `{${field}:{"a":[1]}${inner}}`, contentType: JSON_TYPE },
    { label: "nan-literal", payload: `{${field}:NaN${inner}}`, contentType: JSON_TYPE },
    { label: "infinity-literal", payload: `{${field}:-Infinity${inner}}`, contentType: JSON_TYPE },
    { label: "deep-array-body", payload: deepArrays(10_000), contentType: JSON_TYPE },
    {
      label: "deep-array-field",
      payload: `{${field}:${deepArrays(10_000)}${inner}}`,
      contentType: JSON_TYPE,
    },
    {
      label: "deep-object-field",
      payload: `{${field}:${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}${inner}}`,
      contentType: JSON_TYPE,
    },
    {
      label: "deep-nul-field",
      payload: `{${field}:${"[".repeat(20_000)}"x\\u0000"${"]".repeat(20_000)}${inner}}`,
      contentType: JSON_TYPE,
    },
    {
      label: "deep-object-in-object-fields",
      payload: deepInObjectFields(base),
      contentType: JSON_TYPE,
    },
    { label: "proto-key", payload: `{"__proto__":{"isAdmin":true}${inner}}`, contentType: JSON_TYPE },
    {
      label: "constructor-key",
      payload: `{"constructor":{"prototype":{"isAdmin":true}}${inner}}`,
      contentType: JSON_TYPE,
    },
    { label: "empty-json", payload: "", contentType: JSON_TYPE },
    { label: "whitespace-json", payload: " \n\t ", contentType: JSON_TYPE },
    { label: "json-null", payload: "null", contentType: JSON_TYPE },
    { label: "json-array", payload: `[${text}]`, contentType: JSON_TYPE },
    { label: "json-string", payload: JSON.stringify(text), contentType: JSON_TYPE },
    { label: "json-number", payload: "1e999", contentType: JSON_TYPE },
    { label: "truncated", payload: text.slice(0, Math.max(1, text.length - 3)), contentType: JSON_TYPE },
    { label: "trailing-garbage", payload: `${text}}{`, contentType: JSON_TYPE },
    { label: "bom", payload: `\ufeff${text}`, contentType: JSON_TYPE },
    { label: "text-plain", payload: text, contentType: "text/plain" },
    { label: "form", payload: "a=1&b=2", contentType: "application/x-www-form-urlencoded" },
    {
      label: "multipart",
      payload: `--xx\r\nContent-Disposition: form-data; name="file"; filename="../../a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--xx--\r\n`,
      contentType: "multipart/form-data; boundary=xx",
    },
    { label: "multipart-no-boundary", payload: "--xx\r\n\r\n", contentType: "multipart/form-data" },
    { label: "no-content-type", payload: text, contentType: undefined },
    { label: "latin1-charset", payload: text, contentType: "application/json; charset=latin1" },
    { label: "upper-case-type", payload: text, contentType: "APPLICATION/JSON;CHARSET=UTF-8" },
    { label: "json-suffix-type", payload: text, contentType: "application/merge-patch+json" },
    { label: "garbage-type", payload: text, contentType: ";;;=/" },
    { label: "empty-type", payload: text, contentType: "" },
    { label: "octet-stream", payload: Buffer.from([0, 1, 2, 255]), contentType: "application/octet-stream" },
  ];
  const invalidUtf8 = fc
    .constantFrom(
      [0xff, 0xfe],
      [0xc3, 0x28],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
    )
    .map((bytes): RawBody => {
      const at = text.indexOf(":") + 2;
      const payload = Buffer.concat([
        Buffer.from(text.slice(0, at)),
        Buffer.from(bytes),
        Buffer.from(text.slice(at)),
      ]);
      return { label: "invalid-utf8", payload, contentType: JSON_TYPE };
    });
  const huge = longString.map(
    (s): RawBody => ({
      label: "over-body-limit",
      payload: `{${field}:"${"x".repeat(bodyLimit + 1)}","pad":"${s.slice(0, 10)}"}`,
      contentType: JSON_TYPE,
    }),
  );
  return fc.oneof(
    { arbitrary: fc.constantFrom(...cases), weight: 8 },
    { arbitrary: invalidUtf8, weight: 2 },
    { arbitrary: huge, weight: 1 },
  );
}
