import type { Deps } from "../../deps.ts";

/** Rows created per kind of record (users, incidents, alarms, …). */
export interface SeedSummary {
  [kind: string]: number;
}

/** Placeholder: the fixture loader is written on another branch and replaces this file when merged. */
export async function loadSeed(_deps: Deps, _fixture: unknown): Promise<SeedSummary> {
  throw new Error("seed loader not merged yet");
}
