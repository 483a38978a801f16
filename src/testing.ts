/**
 * `incidentd/testing`: start a COC emulator inside a Node test process (docs/emulator.md).
 *
 *   const coc = await startEmulator();
 *   // … point the code under test at coc.endpoint with coc.ak / coc.sk / coc.projectId …
 *   await coc.reset();            // between tests
 *   await coc.stop();             // after all
 *
 * Every helper calls the emulator's HTTP control routes (/incidentd/v1/emulator/…), the same wire tests in
 * other languages use.
 */
import type { FaultSpec } from "./emulator/emulator-faults.ts";
import type { JournalEntry } from "./emulator/emulator-journal.ts";
import { startEmulator as startServer } from "./emulator/emulator-server.ts";

export type { FaultSpec, JournalEntry };

export interface ClockState {
  now: string;
  now_ms: number;
  frozen: boolean;
}

export interface TestEmulator {
  /** The base URL, e.g. http://127.0.0.1:41234 (no trailing slash: the SDK's endpoint). */
  endpoint: string;
  ak: string;
  sk: string;
  projectId: string;
  /** An admin token (X-Auth-Token). */
  token: string;
  reset(to?: "empty" | "seed"): Promise<void>;
  /** Replaces the data with the fixture (JSON value); `reset("seed")` returns to it. */
  seed(fixture: unknown): Promise<Record<string, number>>;
  clock: {
    now(): Promise<ClockState>;
    set(at: string | Date): Promise<ClockState>;
    /** An ISO-8601 duration, e.g. "PT15M". */
    advance(duration: string): Promise<ClockState>;
    freeze(frozen?: boolean): Promise<ClockState>;
  };
  faults: {
    add(fault: FaultSpec): Promise<void>;
    clear(): Promise<void>;
  };
  journal(filter?: { operation?: string; incident_num?: string; since?: string }): Promise<JournalEntry[]>;
  clearJournal(): Promise<void>;
  stop(): Promise<void>;
}

export interface TestEmulatorOptions {
  /** 0 (the default): a free port. */
  port?: number;
  /** Environment overrides (INCIDENTD_BOOTSTRAP_*, LOG_LEVEL); default: none of the process's. */
  env?: Record<string, string | undefined>;
}

/** Starts an emulator in this process on a free port; `stop()` closes it. */
export async function startEmulator(options: TestEmulatorOptions = {}): Promise<TestEmulator> {
  const running = await startServer({ port: options.port ?? 0, host: "127.0.0.1", env: options.env ?? {} });
  const { endpoint, credentials } = running;
  const control = async <T>(method: string, name: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${endpoint}/incidentd/v1/emulator/${name}`, {
      method,
      headers: {
        "x-auth-token": credentials.token,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const envelope = (await response.json()) as { error_code: string; error_msg: string | null; data: T };
    if (!response.ok)
      throw new Error(`emulator ${method} ${name}: ${envelope.error_code} ${envelope.error_msg}`);
    return envelope.data;
  };
  return {
    endpoint,
    ak: credentials.accessKey,
    sk: credentials.secretKey,
    projectId: credentials.projectId,
    token: credentials.token,
    reset: async (to = "empty") => {
      await control("POST", "reset", { to });
    },
    seed: async (fixture) =>
      (await control<{ summary: Record<string, number> }>("POST", "seed", fixture)).summary,
    clock: {
      now: () => control("GET", "clock"),
      set: (at) => control("POST", "clock", { set: at instanceof Date ? at.toISOString() : at }),
      advance: (duration) => control("POST", "clock", { advance: duration }),
      freeze: (frozen = true) => control("POST", "clock", { freeze: frozen }),
    },
    faults: {
      add: async (fault) => {
        await control("POST", "faults", fault);
      },
      clear: async () => {
        await control("DELETE", "faults");
      },
    },
    journal: async (filter = {}) => {
      const query = new URLSearchParams(
        Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined),
      ).toString();
      return (await control<{ entries: JournalEntry[] }>("GET", `journal${query ? `?${query}` : ""}`))
        .entries;
    },
    clearJournal: async () => {
      await control("DELETE", "journal");
    },
    stop: () => running.close(),
  };
}
