import { findProjectEntry } from "../catalogue/catalogue.repository.ts";
import { findBuiltIn } from "../catalogue/catalogue.ts";
import type { Db } from "../db/database.ts";
import { applicationNameOf, userNameOf } from "../directory/directory.repository.ts";

/** Names kept per kind before the cache starts over: memory stays flat however large the directory. */
const MAX_CACHED = 100_000;

export interface TypeNames {
  zh: string;
  en: string;
}

export class NameCache<T> {
  readonly #known = new Map<string, T | null>();
  readonly #needed = new Set<string>();
  constructor(
    private readonly find: (id: string) => Promise<T | null>,
    private readonly capacity = MAX_CACHED,
  ) {}

  /** Notes an id of the batch being read, whose name `get` must answer after the next `load()`. */
  need(id: unknown): void {
    if (typeof id === "string" && id !== "") this.#needed.add(id);
  }

  /** Reads the names of the noted ids not yet known; starts over (keeping the batch's) when full. */
  async load(): Promise<void> {
    if (this.#known.size + this.#needed.size > this.capacity) this.#known.clear();
    for (const id of this.#needed) if (!this.#known.has(id)) this.#known.set(id, await this.find(id));
    this.#needed.clear();
  }

  get = (id: string): T | null => this.#known.get(id) ?? null;
}

/**
 * The directory and catalogue names an export's rows show, read once per export for each person,
 * application and project-defined incident type it meets. The list API joins them into every row; for an
 * export of a million rows that meet fifty people the joins were a tenth of its time (docs/benchmarks.md).
 * A name changed while an export runs keeps, in that export, the value first read.
 */
export function exportNames(db: Db, projectId: string) {
  return {
    users: new NameCache(async (id) => userNameOf(db, projectId, id)),
    applications: new NameCache(async (id) => applicationNameOf(db, projectId, id)),
    types: new NameCache<TypeNames>(async (key) => {
      if (findBuiltIn("incident_type", key)) return null;
      const entry = await findProjectEntry(db, projectId, "incident_type", key);
      return entry ? { zh: entry.name_zh, en: entry.name_en } : null;
    }),
    async load(): Promise<void> {
      await this.users.load();
      await this.applications.load();
      await this.types.load();
    },
  };
}

export type ExportNames = ReturnType<typeof exportNames>;
