import { parseArgs } from "node:util";

/**
 * Always run in this order: startup first, on its own installations, before any seeding; creates and workflow cycles add incidents that list and export then see;
 * alarms comes last because its incidents are made in the background, after the intake answered.
 */
export const SCENARIOS = [
  "startup",
  "detail",
  "create",
  "workflow",
  "list",
  "console-list",
  "console-pages",
  "export",
  "alarms",
  "oncall",
  "deliveries",
  "analytics",
] as const;
export type Scenario = (typeof SCENARIOS)[number];
export type Engine = "sqlite" | "postgres";

export interface BenchOptions {
  incidents: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  rounds: number;
  only: Scenario[];
  engine: Engine;
  nodes: number;
  /** Where the PostgreSQL run creates (and drops) its database. */
  pgUrl: string;
  /** `--soak M`: run the soak for M minutes instead of the scenarios (`only` is then empty). */
  soakMinutes?: number;
  /** The soak's total request rate, per second. */
  rate: number;
  /** `--alarm-rate R`: the alarms scenario sends a burst of new alarms only, R per second (issue 23). */
  alarmRate?: number;
}

export const USAGE = `usage: npm run bench -- [--incidents N] [--duration S] [--warmup S] [--connections C] [--rounds R]
                       [--only LIST] [--engine sqlite|postgres] [--nodes 1|2] [--pg-url URL]
                       [--alarm-rate R]
       npm run bench -- --soak M [--rate R] [--incidents N] [--engine sqlite|postgres] [--nodes 1|2]

  --incidents N    incidents seeded before the run (default 1000000; 100000 with --soak)
  --duration S     measured seconds per operation and server (default 10)
  --warmup S       unmeasured seconds before each measurement (default 2)
  --connections C  concurrent HTTP connections for detail, create and alarms (default 10)
  --rounds R       measure detail and create R times, alternating the servers, and each export R times;
                   medians are reported (default 1)
  --only LIST      comma-separated scenarios to run (default: all of them):
                     startup   incidentd token list (a CLI command) and incidentd serve until /readyz
                               answers 200 on an empty data directory, run as users run them
                     detail    ShowCocIncidentDetail, incidentd vs the reference
                     create    CreateCocIncident, incidentd vs the reference
                     workflow  create, then accept, solve and confirm each incident (v2 tasks + actions),
                               32 concurrent workers
                     list      ListIncidents (two filters and a sort) and ListIncidentSimpleTickets,
                               one request at a time per node
                     console-list   the console's list poll: a 100-row page without total plus the
                               status counts, both at once, --connections consoles in closed loops
                               (goal: >= 300 lists/s, p99 <= 50 ms)
                     console-pages  the console in Debian's Chromium, signed in: navigation until the
                               list shows 100 rows (goal <= 1.5 s) and until an incident's detail is
                               shown (goal <= 1 s), 7 times each, median and max
                     export    the export of most incidents as NDJSON and as CSV: rows/s, server peak RSS
                     oncall    create naming an on-call scene + role vs naming the assignee (--rounds
                               alternating), and a month's timeline of 20 people with 50 overrides
                     alarms    custom alarm intake (every other report a repeat) at --connections
                               connections, then the delay until the transfer rule has made each
                               new alarm's incident
                     deliveries  webhooks to a local receiver: change → first delivery attempt p50/p99
                               while creates run at --connections, then deliveries/s draining a
                               backlog of 2,000 queued by one redelivery
                     analytics MTTA/MTTR analytics over the last 90 days, daily, by level, one request
                               at a time (goal: p99 <= 200 ms)
  --alarm-rate R   alarms: instead, a burst of new alarms only (no repeats), R per second for --duration
                   seconds without warm-up, then the intake -> incident delay against p99 <= 1 s
                   (issue 23: 600)
  --engine E       incidentd's database: sqlite (default) or postgres; detail and create's reference
                   runs on the same engine (bare Fastify + better-sqlite3, or bare Fastify + pg)
  --nodes N        incidentd processes on the one database, requests spread round-robin (default 1;
                   2 needs --engine postgres)
  --pg-url URL     PostgreSQL server for --engine postgres, connected to as an administrator to create
                   and drop the database incidentd_bench_<time>
                   (default postgres://postgres@127.0.0.1:5432/postgres)
  --soak M         instead of the scenarios, a steady mix of reads, lists, creates, workflow actions and
                   alarm intake for M minutes at --rate requests/s, with the server's RSS every 10 s
  --rate R         the soak's requests per second, all operations together (default 200)
`;

/** A bad command line: reported as one line, without a stack trace. */
export class UsageError extends Error {}

function positiveInt(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replaceAll("_", ""));
  if (!Number.isInteger(value) || value < min) {
    throw new UsageError(`--${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return value;
}

function scenarios(raw: string | undefined): Scenario[] {
  if (raw === undefined) return [...SCENARIOS];
  const names = raw.split(",").map((name) => name.trim());
  for (const name of names) {
    if (!(SCENARIOS as readonly string[]).includes(name))
      throw new UsageError(`--only: unknown scenario "${name}"; choose from ${SCENARIOS.join(", ")}`);
  }
  return SCENARIOS.filter((name) => names.includes(name));
}

function engine(raw: string | undefined): Engine {
  if (raw === undefined || raw === "sqlite" || raw === "postgres") return raw ?? "sqlite";
  throw new UsageError(`--engine must be sqlite or postgres, got "${raw}"`);
}

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        incidents: { type: "string" },
        duration: { type: "string" },
        warmup: { type: "string" },
        connections: { type: "string" },
        rounds: { type: "string" },
        only: { type: "string" },
        engine: { type: "string" },
        nodes: { type: "string" },
        "pg-url": { type: "string" },
        soak: { type: "string" },
        rate: { type: "string" },
        "alarm-rate": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    // Unknown options and missing values: node's message names the option.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function parseOptions(argv: string[]): BenchOptions | undefined {
  const values = readArgs(argv);
  if (values.help) return undefined;
  const soak = values.soak === undefined ? undefined : positiveInt("soak", values.soak, 0, 1);
  if (soak !== undefined && values.only !== undefined)
    throw new UsageError("--soak runs the soak instead of the scenarios; leave out --only");
  const options: BenchOptions = {
    incidents: positiveInt("incidents", values.incidents, soak === undefined ? 1_000_000 : 100_000, 1),
    durationSeconds: positiveInt("duration", values.duration, 10, 1),
    warmupSeconds: positiveInt("warmup", values.warmup, 2, 0),
    connections: positiveInt("connections", values.connections, 10, 1),
    rounds: positiveInt("rounds", values.rounds, 1, 1),
    only: soak === undefined ? scenarios(values.only) : [],
    engine: engine(values.engine),
    nodes: positiveInt("nodes", values.nodes, 1, 1),
    pgUrl: values["pg-url"] ?? "postgres://postgres@127.0.0.1:5432/postgres",
    ...(soak === undefined ? {} : { soakMinutes: soak }),
    rate: positiveInt("rate", values.rate, 200, 1),
    ...(values["alarm-rate"] === undefined
      ? {}
      : { alarmRate: positiveInt("alarm-rate", values["alarm-rate"], 0, 1) }),
  };
  if (options.nodes > 2) throw new UsageError(`--nodes must be 1 or 2, got ${options.nodes}`);
  // Two processes on one SQLite file would measure lock contention, not a deployment incidentd supports.
  if (options.nodes > 1 && options.engine !== "postgres")
    throw new UsageError("--nodes 2 needs --engine postgres (SQLite installations run one node)");
  return options;
}
