import { projectEntryOf } from "../catalogue/catalogue.repository.ts";
import { type EnumEntry, type ExtensibleField, findBuiltIn } from "../catalogue/catalogue.ts";
import type { Executor } from "../db/prepared.ts";
import { applicationNameOf, userNameOf } from "../directory/directory.repository.ts";
import { type MaybePromise, mapMaybe } from "../maybe-promise.ts";
import type { Incident } from "./incident.ts";
import type { IncidentNames } from "./incident-detail.ts";

/**
 * The counter that triggers raise on every insert, update and delete in directory_users, applications and
 * catalogue_entries (migration 20261130054000_directory_version), in the same transaction.
 */
export const DIRECTORY_VERSION_COUNTER = "directory_version";

/** Names kept before the cache starts over: memory stays flat however large the directory. */
const MAX_CACHED = 100_000;

interface ProjectNames {
  users: Map<string, string | null>;
  applications: Map<string, string | null>;
  entries: Record<ExtensibleField, Map<string, EnumEntry | null>>;
}

type Loader<T> = (db: Executor, projectId: string, key: string) => MaybePromise<T | null>;

// Module-level loaders: the hot path makes no closure (tsx names every closure it creates).
const typeEntryOf: Loader<EnumEntry> = (db, projectId, key) =>
  projectEntryOf(db, projectId, "incident_type", key);
const ownershipEntryOf: Loader<EnumEntry> = (db, projectId, key) =>
  projectEntryOf(db, projectId, "incident_ownership", key);

type Parts = [string | null, string | null, string | null, EnumEntry | null, EnumEntry | null];

function toNames([
  creatorName,
  assigneeName,
  applicationName,
  typeEntry,
  ownershipEntry,
]: Parts): IncidentNames {
  return { creatorName, assigneeName, applicationName, typeEntry, ownershipEntry };
}

/**
 * The display names the detail view shows, kept in memory per node. Every detail read brings the directory
 * version from the database in its own query, and a version other than the one the cache was filled at
 * empties the cache: a name changed by any process or node shows from the next read on, exactly as the
 * joins it replaces showed it (docs/storage.md). Unknown ids are remembered as unknown the same way.
 */
export class DetailNameCache {
  #version = Number.NaN;
  #size = 0;
  #projects = new Map<string, ProjectNames>();

  constructor(private readonly capacity = MAX_CACHED) {}

  /** Forgets every name (the emulator's reset puts back an older directory under the same versions). */
  clear(): void {
    this.#version = Number.NaN;
    this.#size = 0;
    this.#projects.clear();
  }

  namesOf(db: Executor, directoryVersion: number, incident: Incident): MaybePromise<IncidentNames> {
    const { projectId, assignee, currentCloudService, type, ownership } = incident;
    const known = this.#projectNames(projectId, directoryVersion);
    const creatorName = this.#cached(known.users, incident.creator, db, projectId, userNameOf);
    const assigneeName =
      assignee === null ? null : this.#cached(known.users, assignee, db, projectId, userNameOf);
    const applicationName =
      currentCloudService === null
        ? null
        : this.#cached(known.applications, currentCloudService, db, projectId, applicationNameOf);
    // A built-in type's names win over a project entry of the same key (buildEnumDataList).
    const typeEntry = findBuiltIn("incident_type", type)
      ? null
      : this.#cached(known.entries.incident_type, type, db, projectId, typeEntryOf);
    const ownershipEntry =
      ownership === null
        ? null
        : this.#cached(known.entries.incident_ownership, ownership, db, projectId, ownershipEntryOf);
    if (
      creatorName instanceof Promise ||
      assigneeName instanceof Promise ||
      applicationName instanceof Promise ||
      typeEntry instanceof Promise ||
      ownershipEntry instanceof Promise
    ) {
      return Promise.all([creatorName, assigneeName, applicationName, typeEntry, ownershipEntry]).then(
        toNames,
      );
    }
    return { creatorName, assigneeName, applicationName, typeEntry, ownershipEntry };
  }

  #projectNames(projectId: string, directoryVersion: number): ProjectNames {
    if (directoryVersion !== this.#version || this.#size >= this.capacity) {
      this.#version = directoryVersion;
      this.#size = 0;
      this.#projects = new Map();
    }
    let names = this.#projects.get(projectId);
    if (!names) {
      names = {
        users: new Map(),
        applications: new Map(),
        entries: { incident_type: new Map(), incident_ownership: new Map() },
      };
      this.#projects.set(projectId, names);
    }
    return names;
  }

  // A load still running when the version changes fills a map the cache no longer holds: harmless.
  #cached<T>(
    map: Map<string, T | null>,
    key: string,
    db: Executor,
    projectId: string,
    load: Loader<T>,
  ): MaybePromise<T | null> {
    const known = map.get(key);
    if (known !== undefined) return known;
    return mapMaybe(load(db, projectId, key), (value) => {
      map.set(key, value);
      this.#size++;
      return value;
    });
  }
}
