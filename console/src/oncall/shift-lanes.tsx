import { SwapOutlined } from "@ant-design/icons";
import { Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Shift } from "../api/oncall.ts";
import { type CalendarRange, formatDay, formatShiftTime } from "./range.ts";

export interface Lane {
  role_id: string;
  name: string;
  shifts: Shift[];
}

// Light fills with dark text (contrast above 4.5:1); a person keeps their colour across lanes and pages. No
// yellow or orange: those are the overrides'.
export const PALETTE = [
  "#d6e4ff",
  "#d9f7be",
  "#efdbff",
  "#b5f5ec",
  "#ffd6e7",
  "#e6f4ff",
  "#f0f0f0",
  "#d3adf7",
];

function colourOf(userId: string): string {
  let hash = 0;
  for (const ch of userId) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[hash % PALETTE.length] as string;
}

const percent = (value: number) => `${(value * 100).toFixed(3)}%`;

function ShiftBar({ shift, range }: { shift: Shift; range: CalendarRange }) {
  const { t, i18n } = useTranslation();
  const span = range.to - range.from;
  const start = Math.max(Date.parse(shift.shift_start), range.from);
  const end = Math.min(Date.parse(shift.shift_end), range.to);
  const override = shift.source === "override";
  const when = t("oncall.shiftWhen", {
    start: formatShiftTime(i18n.language, shift.shift_start),
    end: formatShiftTime(i18n.language, shift.shift_end),
  });
  const label = `${shift.display_name} (${shift.user_id}), ${when}, ${t(`oncall.source.${shift.source}`)}`;
  return (
    <Tooltip title={label}>
      <li
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard reaches each shift, and its tooltip with the times.
        tabIndex={0}
        aria-label={label}
        data-testid="shift"
        data-source={shift.source}
        data-user={shift.user_id}
        className={override ? "oncall-shift oncall-shift-override" : "oncall-shift"}
        style={{
          left: percent((start - range.from) / span),
          width: percent((end - start) / span),
          ...(override ? {} : { background: colourOf(shift.user_id) }),
        }}
      >
        {override && <SwapOutlined aria-hidden style={{ marginInlineEnd: 4 }} />}
        {shift.display_name}
      </li>
    </Tooltip>
  );
}

/** One lane per role over the range, each shift a bar; overrides striped with a dashed border and an icon. */
export function ShiftLanes({ lanes, range }: { lanes: Lane[]; range: CalendarRange }) {
  const { t, i18n } = useTranslation();
  const span = range.to - range.from;
  const now = Date.now();
  const grid = range.days.map((day) => (
    <div
      key={day}
      className="oncall-day-line"
      style={{ left: percent((day - range.from) / span) }}
      aria-hidden
    />
  ));
  const nowLine = now >= range.from && now < range.to && (
    <div className="oncall-now-line" style={{ left: percent((now - range.from) / span) }} aria-hidden />
  );
  return (
    <section
      className="oncall-scroll"
      data-testid="oncall-calendar"
      aria-label={t("oncall.calendar")}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways (a phone) must take keyboard focus.
      tabIndex={0}
    >
      <div className={`oncall-grid oncall-grid-${range.view}`}>
        <div className="oncall-lane" aria-hidden>
          <div className="oncall-lane-label" />
          <div className="oncall-days">
            {range.days.map((day) => (
              <span key={day} className="oncall-day" style={{ left: percent((day - range.from) / span) }}>
                {formatDay(i18n.language, day, range.view)}
              </span>
            ))}
          </div>
        </div>
        {lanes.map((lane) => (
          <div className="oncall-lane" key={lane.role_id} data-testid={`lane-${lane.role_id}`}>
            <div className="oncall-lane-label">
              <Typography.Text strong>{lane.name}</Typography.Text>
              <Typography.Text type="secondary" className="oncall-role-id">
                {lane.role_id}
              </Typography.Text>
            </div>
            <div className="oncall-track">
              {grid}
              {nowLine}
              {lane.shifts.length === 0 ? (
                <Typography.Text type="secondary" className="oncall-empty">
                  {t("oncall.nobodyInRange")}
                </Typography.Text>
              ) : (
                <ul aria-label={lane.name} className="oncall-bars">
                  {lane.shifts.map((shift) => (
                    <ShiftBar key={`${shift.shift_start}-${shift.user_id}`} shift={shift} range={range} />
                  ))}
                </ul>
              )}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
