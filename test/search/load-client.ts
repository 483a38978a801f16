import http from "node:http";

/**
 * The clients of test/search/latency-under-load.test.ts, each run as a process of its own, as clients are:
 * in the server's process the attackers' own work (50 connections answered as fast as the server can)
 * would be counted as the server's, and in the attackers' process the samples would wait for the
 * attackers' answers to be read. Settings as JSON in argv[2]; figures printed as JSON.
 *
 * - `attack`: one worst-case list alone (timed), prints "ready", then `attackers` concurrent loops of it
 *   until its standard input ends; then prints the answers' statuses.
 * - `sample`: `samples` pairs of /healthz and another project's detail, 5 ms apart; prints their times.
 */
export interface LoadSettings {
  role: "attack" | "sample";
  port: number;
  attackers: number;
  samples: number;
  readerToken: string;
  otherToken: string;
  otherIncident: string;
  body: string;
}

export interface AttackFigures {
  aloneMs: number;
  aloneStatus: number;
  statuses: Array<[number, number]>;
  retryAfters: Array<string | null>;
}

export interface SampleFigures {
  health: number[];
  detail: number[];
  statuses: number[];
}

interface Answer {
  status: number;
  retryAfter: string | undefined;
  ms: number;
}

function send(
  agent: http.Agent,
  port: number,
  options: { method: string; path: string; token?: string; body?: string },
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (options.token) headers["x-auth-token"] = options.token;
    if (options.body) headers["content-type"] = "application/json";
    const req = http.request(
      { host: "127.0.0.1", port, agent, method: options.method, path: options.path, headers },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers["retry-after"] as string | undefined,
            ms: performance.now() - started,
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

async function attack(settings: LoadSettings): Promise<AttackFigures> {
  const { port, readerToken: token, body } = settings;
  const list = { method: "POST", path: "/v2/incidents/list", token, body };
  const agent = new http.Agent({ keepAlive: true, maxSockets: settings.attackers });
  const alone = await send(agent, port, list);
  process.stdout.write("ready\n");
  let running = true;
  process.stdin.on("end", () => {
    running = false;
  });
  process.stdin.resume();
  const statuses = new Map<number, number>();
  let asked = 1;
  const retryAfters = new Set<string | null>();
  await Promise.all(
    Array.from({ length: settings.attackers }, async () => {
      while (running) {
        // Each request a page of its own: a repeated body would be answered from the answer cache.
        const page = { ...list, body: JSON.stringify({ ...JSON.parse(body), page: ++asked }) };
        const answer = await send(agent, port, page);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === 429) retryAfters.add(answer.retryAfter ?? null);
      }
    }),
  );
  agent.destroy();
  return {
    aloneMs: alone.ms,
    aloneStatus: alone.status,
    statuses: [...statuses],
    retryAfters: [...retryAfters],
  };
}

async function sample(settings: LoadSettings): Promise<SampleFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const figures: SampleFigures = { health: [], detail: [], statuses: [] };
  for (let i = 0; i < settings.samples; i++) {
    const [health, detail] = await Promise.all([
      send(agent, settings.port, { method: "GET", path: "/healthz" }),
      send(agent, settings.port, {
        method: "GET",
        path: `/v1/external/incident/${settings.otherIncident}`,
        token: settings.otherToken,
      }),
    ]);
    figures.health.push(health.ms);
    figures.detail.push(detail.ms);
    figures.statuses.push(health.status, detail.status);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  agent.destroy();
  return figures;
}

const settings = JSON.parse(process.argv[2] ?? "{}") as LoadSettings;
const figures = settings.role === "attack" ? await attack(settings) : await sample(settings);
process.stdout.write(`${JSON.stringify(figures)}\n`);
