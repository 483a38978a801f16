import type { EnumName } from "./incidents.ts";

/** COC enumeration names in the chosen language. */
export function nameIn(language: string, entry: EnumName | undefined, fallback: string): string {
  if (!entry) return fallback;
  return (language === "zh-CN" ? entry.name_zh : entry.name_en) || fallback;
}

/** The viewer's local time zone, in the chosen language's format. */
export function formatTime(language: string, ms: number | string | null | undefined): string {
  const value = typeof ms === "string" ? Number(ms) : ms;
  if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) return "";
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "medium" }).format(value);
}
