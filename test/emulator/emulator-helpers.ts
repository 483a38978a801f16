import { after, before } from "node:test";
import { type RunningEmulator, startEmulator } from "../../src/emulator/emulator-server.ts";
import { exampleIncident } from "../../testkit/example-incident.ts";

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test answers are read field by field.
  body: any;
}

export interface EmulatorUnderTest {
  readonly running: RunningEmulator;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  control(method: string, name: string, body?: unknown): Promise<Answer>;
  createIncident(overrides?: Record<string, unknown>): Promise<string>;
}

/** One in-process emulator on a free port for the file's tests, closed after them. */
export function useEmulator(env: Record<string, string> = {}): EmulatorUnderTest {
  let running: RunningEmulator | undefined;
  before(async () => {
    running = await startEmulator({ port: 0, host: "127.0.0.1", env });
  });
  after(() => running?.close());
  const current = () => {
    if (!running) throw new Error("the emulator exists only in the tests");
    return running;
  };
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const { endpoint, credentials } = current();
    const response = await fetch(`${endpoint}${path}`, {
      method,
      headers: {
        "x-auth-token": credentials.token,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  return {
    get running() {
      return current();
    },
    call,
    control: (method, name, body) => call(method, `/incidentd/v1/emulator/${name}`, body),
    async createIncident(overrides = {}) {
      const res = await call("POST", "/v1/external/incident/create", exampleIncident(overrides));
      if (res.status !== 200) throw new Error(`create answered ${res.status}: ${JSON.stringify(res.body)}`);
      return res.body.data.incident_num as string;
    },
  };
}
