import { parseArgs } from "node:util";

export interface BenchOptions {
  incidents: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  rounds: number;
}

export const USAGE = `usage: npm run bench -- [--incidents N] [--duration S] [--warmup S] [--connections C] [--rounds R]

  --incidents N    incidents seeded before the run (default 1000000)
  --duration S     measured seconds per operation and server (default 10)
  --warmup S       unmeasured seconds before each measurement (default 2)
  --connections C  concurrent HTTP connections (default 10)
  --rounds R       measure each operation R times, alternating the servers; medians are reported (default 1)
`;

function positiveInt(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replaceAll("_", ""));
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`--${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return value;
}

export function parseOptions(argv: string[]): BenchOptions | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      incidents: { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      rounds: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return undefined;
  return {
    incidents: positiveInt("incidents", values.incidents, 1_000_000, 1),
    durationSeconds: positiveInt("duration", values.duration, 10, 1),
    warmupSeconds: positiveInt("warmup", values.warmup, 2, 0),
    connections: positiveInt("connections", values.connections, 10, 1),
    rounds: positiveInt("rounds", values.rounds, 1, 1),
  };
}
