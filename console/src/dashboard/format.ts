import type { TFunction } from "i18next";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const rounded = (language: string, value: number) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);

/** A duration in the unit a person reads it in: seconds under a minute, minutes under two hours, hours under two days, then days. */
export function formatDuration(t: TFunction, language: string, ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return t("dashboard.noFigure");
  if (ms < MINUTE) return t("dashboard.duration.seconds", { n: rounded(language, ms / 1000) });
  if (ms < 2 * HOUR) return t("dashboard.duration.minutes", { n: rounded(language, ms / MINUTE) });
  if (ms < 2 * DAY) return t("dashboard.duration.hours", { n: rounded(language, ms / HOUR) });
  return t("dashboard.duration.days", { n: rounded(language, ms / DAY) });
}

/** A bucket label (2026-12-07, a calendar day of the requested zone) as a short date of the language. */
export function formatDay(language: string, bucket: string, long = false): string {
  const date = new Date(`${bucket}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return bucket;
  return new Intl.DateTimeFormat(language, {
    timeZone: "UTC",
    month: "short",
    day: "numeric",
    ...(long ? { year: "numeric", weekday: "short" } : {}),
  }).format(date);
}

/** The mean over several days from each day's mean and count: exact, unlike an average of percentiles. */
export function meanOver(parts: Array<{ measured: number; mean_ms: number | null }>): number | null {
  let n = 0;
  let sum = 0;
  for (const p of parts) {
    if (p.mean_ms === null || p.measured === 0) continue;
    n += p.measured;
    sum += p.mean_ms * p.measured;
  }
  return n === 0 ? null : Math.round(sum / n);
}
