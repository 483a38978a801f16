import type SqliteDatabase from "better-sqlite3";

/**
 * A database's change stamp: a string that differs after every commit, by any connection, from the one
 * read before it. An answer computed from data read after a stamp was taken may be reused while the stamp
 * is still the same (http/answer-cache.ts): nothing can have changed since.
 *
 * SQLite only. This process's commits all go through the main connection's statements, which count every
 * statement that may change the data (sqlite-statements.ts: writes, and COMMIT, counted after it ran);
 * `PRAGMA data_version` on the same connection moves when another connection commits (a CLI command such
 * as `incidentd user add` run beside the server). The reader workers' connections are read-only.
 * PostgreSQL has no stamp: other nodes commit without this process seeing it, so nothing is reused there.
 */
export type ChangeStamp = () => string;

const stamps = new WeakMap<object, ChangeStamp>();

export function registerChangeStamp(
  adapter: object,
  sqlite: SqliteDatabase.Database,
  statements: { readonly changes: number },
): void {
  const dataVersion = sqlite.prepare("PRAGMA data_version").pluck();
  stamps.set(adapter, () => `${statements.changes}.${dataVersion.get() as number}`);
}

/** The change stamp of `db`'s database, or undefined where there is none (PostgreSQL). */
export function changeStampOf(db: { getExecutor(): { adapter: object } }): ChangeStamp | undefined {
  return stamps.get(db.getExecutor().adapter);
}
