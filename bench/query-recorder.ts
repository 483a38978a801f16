import pg from "pg";

/** One statement a `pg` client sent: its text and values, and when it was sent and answered. */
export interface QueryRecord {
  text: string;
  values: unknown[];
  startMs: number;
  endMs: number;
}

/**
 * Counts what incidentd sends to PostgreSQL, at the `pg` client: every `Client.query` is one statement and
 * one round trip (a client has one query in flight), BEGIN and COMMIT included. Installed by patching
 * `pg.Client.prototype.query`, which incidentd's pool clients (NamingClient, src/db/database.ts) call once
 * per statement; for the request-costs script only, never in the server.
 */
export class QueryRecorder {
  records: QueryRecord[] = [];
  recording = false;

  install(): void {
    const original = pg.Client.prototype.query;
    const recorder = this;
    // biome-ignore lint/suspicious/noExplicitAny: pg's query() has many overloads; all are forwarded as received.
    pg.Client.prototype.query = function (this: pg.Client, ...args: any[]): any {
      // biome-ignore lint/suspicious/noExplicitAny: forwarded as received.
      const result = (original as any).apply(this, args);
      if (!recorder.recording || typeof result?.then !== "function") return result;
      const [first, second] = args;
      const record: QueryRecord = {
        text: String(typeof first === "string" ? first : first?.text),
        values: (typeof first === "string" ? second : first?.values) ?? [],
        startMs: performance.now(),
        endMs: Number.NaN,
      };
      recorder.records.push(record);
      const done = () => {
        record.endMs = performance.now();
      };
      return result.then(
        (value: unknown) => {
          done();
          return value;
        },
        (error: unknown) => {
          done();
          throw error;
        },
      );
    } as typeof pg.Client.prototype.query;
  }

  /** Runs `work` and returns the statements it sent. */
  async capture(work: () => Promise<void>): Promise<QueryRecord[]> {
    this.records = [];
    this.recording = true;
    try {
      await work();
    } finally {
      this.recording = false;
    }
    return this.records;
  }
}

/** The SQL without incidentd's marks (src/db/sql-marks.ts) and surrounding space. */
export function bareSql(text: string): string {
  return text.replace(/^(\s*\/\*[^*]*\*\/)+\s*/, "").trim();
}

/**
 * What a statement locks until its transaction ends: the table of each write (row locks on the rows it
 * writes), a data-modifying WITH's sub-statements included, or of a SELECT ... FOR UPDATE / FOR NO KEY
 * UPDATE / FOR SHARE; none for a plain read.
 */
export function locksOf(text: string): string[] {
  const sql = bareSql(text).toLowerCase();
  // The statement's own write, or one in a `name as (...)` of its WITH list (not `on conflict do update`).
  const writes = [
    ...sql.matchAll(
      /(?:^|\bas\s*\(\s*|^with\b.*?\)\s*)(insert\s+into|update|delete\s+from)\s+"?([a-z_]+)"?/gs,
    ),
  ];
  if (writes.length > 0) return writes.map((w) => `${w[1]?.split(/\s+/)[0]} ${w[2]}`);
  const locking = /\bfor\s+(update|no key update|share|key share)\b/.exec(sql);
  if (locking && sql.startsWith("select")) {
    const table = /\bfrom\s+"?([a-z_]+)"?/.exec(sql)?.[1] ?? "?";
    return [`select ${locking[1]} ${table}${sql.includes("skip locked") ? " skip locked" : ""}`];
  }
  return [];
}

export function isTransactionControl(text: string): boolean {
  return /^(begin|commit|rollback|start transaction|savepoint|release)/i.test(bareSql(text));
}

/** Wall time during which at least one statement was waiting for its answer. */
export function waitingMs(records: QueryRecord[]): number {
  const spans = records.map((r) => [r.startMs, r.endMs] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = [Number.NaN, Number.NaN];
  for (const [start, end] of spans) {
    if (Number.isNaN(from) || start > to) {
      if (!Number.isNaN(from)) total += to - from;
      [from, to] = [start, end];
    } else to = Math.max(to, end);
  }
  return Number.isNaN(from) ? 0 : total + (to - from);
}

/** BEGIN → COMMIT of each transaction, where the statements ran one after another. */
export function transactionMs(records: QueryRecord[]): number[] {
  const spans: number[] = [];
  let begun: number | undefined;
  for (const r of records) {
    const sql = bareSql(r.text).toLowerCase();
    if (sql.startsWith("begin") || sql.startsWith("start transaction")) begun = r.startMs;
    else if ((sql.startsWith("commit") || sql.startsWith("rollback")) && begun !== undefined) {
      spans.push(r.endMs - begun);
      begun = undefined;
    }
  }
  return spans;
}
