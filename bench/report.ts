import type { Measurement } from "./load.ts";

/** One operation measured on both servers, `rounds` times in alternation. */
export interface Comparison {
  operation: string;
  /** incidentd's throughput must reach this fraction of the reference's (issue 2). */
  goal: number;
  rounds: { incidentd: Measurement; reference: Measurement }[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Medians of the rates and latencies, sums of the counts, the worst foreign load. */
function summarise(runs: Measurement[]): Measurement {
  const sum = (pick: (m: Measurement) => number) => runs.reduce((total, m) => total + pick(m), 0);
  return {
    requestsPerSec: median(runs.map((m) => m.requestsPerSec)),
    p50Ms: median(runs.map((m) => m.p50Ms)),
    p99Ms: median(runs.map((m) => m.p99Ms)),
    total: sum((m) => m.total),
    errors: sum((m) => m.errors),
    non2xx: sum((m) => m.non2xx),
    otherLoadPercent: Math.max(...runs.map((m) => m.otherLoadPercent)),
  };
}

/** Each round's ratio pairs two measurements taken seconds apart, so their median resists drift. */
function ratiosOf(c: Comparison): number[] {
  return c.rounds.map((r) =>
    r.reference.requestsPerSec > 0 ? r.incidentd.requestsPerSec / r.reference.requestsPerSec : 0,
  );
}

/** What one scenario contributes to the report. */
export interface ScenarioReport {
  /** Rows of the common table, one per operation and server. */
  rows: { operation: string; server: string; measurement: Measurement }[];
  /** Lines printed after the table: ratios, goals, figures that fit no column. */
  notes: string[];
  /** Requests that failed: errors, timeouts, non-2xx answers, answers without the expected content. */
  failures: number;
}

/** Column headings and widths after the operation and server names. */
const COLUMNS: [string, number][] = [
  ["req/s", 9],
  ["p50 ms", 8],
  ["p99 ms", 8],
  ["requests", 9],
  ["errors", 7],
  ["non-2xx", 7],
  ["other", 7],
];

function line(operation: string, server: string, cells: string[]): string {
  const padded = cells.map((cell, i) => cell.padStart(COLUMNS[i]?.[1] ?? 0));
  return [operation.padEnd(12), server.padEnd(10), ...padded].join(" ");
}

export function formatOther(percent: number): string {
  return Number.isNaN(percent) ? "?" : `${percent.toFixed(0)}%`;
}

function row(operation: string, server: string, m: Measurement): string {
  return line(operation, server, [
    m.requestsPerSec.toFixed(0),
    m.p50Ms.toFixed(2),
    m.p99Ms.toFixed(2),
    String(m.total),
    String(m.errors),
    String(m.non2xx),
    formatOther(m.otherLoadPercent),
  ]);
}

/** incidentd's and the reference's rows and the throughput ratio of one compared operation. */
export function comparisonReport(c: Comparison): ScenarioReport {
  const incidentd = summarise(c.rounds.map((r) => r.incidentd));
  const reference = summarise(c.rounds.map((r) => r.reference));
  const ratios = ratiosOf(c);
  const ratio = median(ratios);
  const each = ratios.length > 1 ? ` [rounds: ${ratios.map((r) => r.toFixed(2)).join(", ")}]` : "";
  return {
    rows: [
      { operation: c.operation, server: "incidentd", measurement: incidentd },
      { operation: c.operation, server: "reference", measurement: reference },
    ],
    notes: [
      `${c.operation}: incidentd/reference throughput = ${ratio.toFixed(2)}x${each} ` +
        `(goal >= ${c.goal.toFixed(2)}x: ${ratio >= c.goal ? "met" : "MISSED"})`,
    ],
    failures: incidentd.errors + incidentd.non2xx + reference.errors + reference.non2xx,
  };
}

/** `list: p99 = 12.30 ms (goal <= 20 ms: met)`. */
export function latencyGoal(operation: string, m: Measurement, goalMs: number): string {
  return `${operation}: p99 = ${m.p99Ms.toFixed(2)} ms (goal <= ${goalMs} ms: ${m.p99Ms <= goalMs ? "met" : "MISSED"})`;
}

/** The results table, the notes of every scenario, and whether every request succeeded. */
export function formatReport(reports: ScenarioReport[]): { text: string; clean: boolean } {
  const lines = [
    line(
      "op",
      "server",
      COLUMNS.map(([heading]) => heading),
    ),
  ];
  for (const r of reports) {
    for (const { operation, server, measurement } of r.rows) lines.push(row(operation, server, measurement));
  }
  lines.push("(other: CPU share of the machine used by other processes meanwhile; keep it at a few %)", "");
  for (const r of reports) lines.push(...r.notes);
  const failures = reports.reduce((sum, r) => sum + r.failures, 0);
  lines.push(
    failures === 0
      ? "all requests answered 2xx"
      : `FAILED: ${failures} requests failed (errors, timeouts, non-2xx or unexpected answers)`,
  );
  return { text: lines.join("\n"), clean: failures === 0 };
}
