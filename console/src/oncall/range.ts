import dayjs, { type Dayjs } from "dayjs";

export type View = "week" | "month";

/** A calendar range in the browser's time zone: [from, to) and the local midnights inside it. */
export interface CalendarRange {
  view: View;
  from: number;
  to: number;
  /** The start of every local day in the range (23- and 25-hour days stay one column each). */
  days: number[];
}

/** Weeks start on Monday (ISO), as the scene documents' weekday numbers do. */
function startOf(view: View, anchor: Dayjs): Dayjs {
  const day = anchor.startOf("day");
  return view === "week" ? day.subtract((day.day() + 6) % 7, "day") : day.startOf("month");
}

/** The week or month holding `anchor`, moved by `offset` weeks or months. */
export function calendarRange(view: View, offset: number, anchor: Dayjs = dayjs()): CalendarRange {
  const start = startOf(view, anchor).add(offset, view);
  const end = start.add(1, view);
  const days: number[] = [];
  for (let d = start; d.isBefore(end); d = d.add(1, "day")) days.push(d.valueOf());
  return { view, from: start.valueOf(), to: end.valueOf(), days };
}

/** The browser's IANA time zone, which every time on the on-call pages is shown in. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function formatShiftTime(language: string, iso: string | number): string {
  return new Intl.DateTimeFormat(language, {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

export function formatDay(language: string, ms: number, view: View): string {
  const options: Intl.DateTimeFormatOptions =
    view === "week" ? { weekday: "short", month: "numeric", day: "numeric" } : { day: "numeric" };
  return new Intl.DateTimeFormat(language, options).format(ms);
}

export function formatRange(language: string, range: CalendarRange): string {
  const format = new Intl.DateTimeFormat(language, { year: "numeric", month: "long", day: "numeric" });
  if (range.view === "month")
    return new Intl.DateTimeFormat(language, { year: "numeric", month: "long" }).format(range.from);
  return format.formatRange(range.from, range.to - 1);
}
