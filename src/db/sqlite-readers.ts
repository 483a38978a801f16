import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * Worker threads that run a SQLite database's expensive reads (searches whose cost grows with the data)
 * so the main thread, which answers every request, is never blocked by one. better-sqlite3 is synchronous:
 * on the main thread a 60 ms search held up every health check and detail read for 60 ms.
 */
export interface SqliteReaders {
  /** Runs one reading statement on a worker and answers its rows (as the main connection would). */
  read(sql: string, parameters: readonly unknown[]): Promise<unknown[]>;
  /** Closes every worker's connection (after the reads already sent) and ends the threads. */
  close(): Promise<void>;
  /** Worker threads running now (they start on the first read). */
  readonly started: number;
}

/** What the main thread sends a reader worker (sqlite-read-worker.ts), and what it answers. */
export interface ReadRequest {
  id: number;
  sql: string;
  parameters: unknown[];
}

export type ReadAnswer =
  | { id: number; rows: unknown[] }
  | { id: number; error: { name: string; message: string; code?: string } };

/** The message that closes a worker's connection; its thread then ends. */
export const CLOSE = "close";

interface Waiting {
  resolve: (rows: unknown[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker?: Worker;
  waiting: Map<number, Waiting>;
}

// The worker is a sibling module: .js when compiled to dist/, .ts when run from source through tsx.
const FROM_SOURCE = path.extname(fileURLToPath(import.meta.url)) === ".ts";
const WORKER_URL = new URL(`./sqlite-read-worker${FROM_SOURCE ? ".ts" : ".js"}`, import.meta.url);

/**
 * A worker of a process run through `node --import tsx` does not get tsx's hooks on Node.js 20, so from
 * source the worker registers them itself before importing its TypeScript module.
 */
function newWorker(file: string): Worker {
  const options = { workerData: { file, nice: READER_NICE }, name: "incidentd-sqlite-reader", execArgv: [] };
  if (!FROM_SOURCE) return new Worker(WORKER_URL, options);
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const code = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(code, { ...options, eval: true });
}

/**
 * The nice value of reader threads (Linux): under CPU contention a search yields to the main thread, so
 * health checks and detail reads stay fast while searches slow down.
 */
const READER_NICE = 10;

/** How long close() waits for a worker to finish its last read before ending its thread. */
const CLOSE_WAIT_MS = 10_000;

/** An error of the worker's statement as the main connection would have thrown it (code kept: 503s). */
function errorOf(answer: { name: string; message: string; code?: string }): Error {
  const error = new Error(answer.message) as Error & { code?: string };
  error.name = answer.name;
  if (answer.code !== undefined) error.code = answer.code;
  return error;
}

/**
 * `size` workers for the database file `file`, each with its own read-only connection, started lazily.
 * A read goes to the worker with the fewest reads waiting; a worker that dies fails its waiting reads
 * and is started afresh by the next one. Idle workers do not keep the process alive.
 */
export function sqliteReaders(file: string, size: number): SqliteReaders {
  const slots: Slot[] = Array.from({ length: size }, () => ({ waiting: new Map() }));
  let nextId = 0;
  let closed = false;

  const fail = (slot: Slot, error: Error) => {
    const waiting = [...slot.waiting.values()];
    slot.waiting.clear();
    slot.worker = undefined;
    for (const read of waiting) read.reject(error);
  };

  const start = (slot: Slot): Worker => {
    const worker = newWorker(file);
    worker.unref();
    worker.on("message", (answer: ReadAnswer) => {
      const read = slot.waiting.get(answer.id);
      if (!read) return;
      slot.waiting.delete(answer.id);
      if (slot.waiting.size === 0) worker.unref();
      if ("rows" in answer) read.resolve(answer.rows);
      else read.reject(errorOf(answer.error));
    });
    worker.on("error", (error: unknown) => {
      // An error thrown in the thread arrives cloned: a SqliteError as a plain object with its code.
      const { message, code } = (error ?? {}) as { message?: unknown; code?: unknown };
      const failure = errorOf({
        name: "Error",
        message: `the SQLite reader thread failed: ${String(message ?? code ?? error)}`,
        ...(typeof code === "string" ? { code } : {}),
      });
      if (slot.worker === worker) fail(slot, failure);
    });
    worker.on("exit", (code) => {
      if (slot.worker === worker) fail(slot, new Error(`the SQLite reader thread ended (exit code ${code})`));
    });
    slot.worker = worker;
    return worker;
  };

  return {
    read(sql, parameters) {
      if (closed) return Promise.reject(new Error("the database is closed"));
      let slot = slots[0] as Slot;
      for (const candidate of slots) if (candidate.waiting.size < slot.waiting.size) slot = candidate;
      const worker = slot.worker ?? start(slot);
      const id = nextId++;
      const request: ReadRequest = { id, sql, parameters: [...parameters] };
      return new Promise<unknown[]>((resolve, reject) => {
        // Sent first: parameters that cannot be sent throw here, leaving nothing waiting.
        worker.postMessage(request);
        if (slot.waiting.size === 0) worker.ref();
        slot.waiting.set(id, { resolve, reject });
      });
    },
    async close() {
      closed = true;
      await Promise.all(
        slots.map(async (slot) => {
          const worker = slot.worker;
          if (!worker) return;
          const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
          worker.ref();
          worker.postMessage(CLOSE);
          const timer = setTimeout(() => void worker.terminate(), CLOSE_WAIT_MS);
          await exited;
          clearTimeout(timer);
        }),
      );
    },
    get started() {
      return slots.filter((slot) => slot.worker).length;
    },
  };
}
