import type { Db } from "../db/database.ts";

type Listener = () => void;

/**
 * In-process "alarms changed" notifications, so the transfer-rules processor runs right after an intake
 * commits instead of at its next poll. Keyed by the database handle (one per installation per process),
 * not a global list; a notification is only a hint — the durable pending marker is what counts.
 */
const listeners = new WeakMap<Db, Set<Listener>>();

export function onAlarmsChanged(db: Db, listener: Listener): () => void {
  const set = listeners.get(db) ?? new Set<Listener>();
  listeners.set(db, set);
  set.add(listener);
  return () => set.delete(listener);
}

export function notifyAlarmsChanged(db: Db): void {
  for (const listener of listeners.get(db) ?? []) listener();
}
