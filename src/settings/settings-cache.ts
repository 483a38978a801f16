import type { Executor } from "../db/prepared.ts";
import { findSettings, type ProjectSettings } from "./settings.repository.ts";

/** Projects kept before the cache starts over: memory stays flat however many projects there are. */
const MAX_PROJECTS = 10_000;

/**
 * Project settings kept in memory per node, for the create's WarRoom auto-start check. Every use brings
 * the `settings_version` counter (incidents/change-versions.ts, read with the create's other versions),
 * and a version other than the one the cache was filled at empties it: a change made through any process
 * or node applies from the next create on, as the read it replaces did.
 */
export class SettingsCache {
  #version = Number.NaN;
  #projects = new Map<string, ProjectSettings>();

  /** Forgets every project (the emulator's reset puts back older settings under the same versions). */
  clear(): void {
    this.#version = Number.NaN;
    this.#projects.clear();
  }

  async get(db: Executor, projectId: string, version: number): Promise<ProjectSettings> {
    if (version !== this.#version || this.#projects.size >= MAX_PROJECTS) {
      this.#version = version;
      this.#projects = new Map();
    }
    const known = this.#projects.get(projectId);
    if (known) return known;
    // A read still running when the version changes fills a map the cache no longer holds: harmless.
    const projects = this.#projects;
    const settings = await findSettings(db, projectId);
    projects.set(projectId, settings);
    return settings;
  }
}
