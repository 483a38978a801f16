import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import SqliteDatabase from "better-sqlite3";
import { CLOSE, type ReadAnswer, type ReadRequest } from "./sqlite-readers.ts";
import { sqliteStatements } from "./sqlite-statements.ts";

/**
 * A worker thread answering the expensive reads of one SQLite database (sqlite-readers.ts) on its own
 * READ-ONLY connection to the database file. WAL lets it read while the main connection writes, and each
 * statement runs in its own read transaction, begun when it starts: it sees every transaction committed
 * before then, so a write acknowledged to a client is seen by any search sent after it.
 */
const port = parentPort;
if (!port) throw new Error("sqlite-read-worker.ts runs as a worker thread (sqlite-readers.ts starts it)");

const { file, nice } = workerData as { file: string; nice: number };
// On Linux a thread has its own nice value (setpriority(2) with who = 0 is the calling thread): when the
// cores are busy, the main thread (every other request) runs before this thread's searches. Elsewhere the
// call would lower the whole process, so it is not made.
if (process.platform === "linux" && nice > 0) {
  try {
    setPriority(0, nice);
  } catch {
    // Not permitted (some containers): the searches run at the process's priority.
  }
}
const sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
sqlite.pragma("busy_timeout = 5000");
// The same LIKE as the main connection's (database.ts): a filter matches the same incidents wherever it runs.
sqlite.pragma("case_sensitive_like = ON");
const statements = sqliteStatements(sqlite);

port.on("message", (message: ReadRequest | typeof CLOSE) => {
  if (message === CLOSE) {
    statements.close();
    port.close();
    return;
  }
  let answer: ReadAnswer;
  try {
    const statement = statements.prepare(message.sql);
    if (!statement.reader) throw new Error("a reader worker runs only statements that read");
    answer = { id: message.id, rows: statement.all(...message.parameters) };
  } catch (error) {
    const { name, message: text, code } = error as { name: string; message: string; code?: unknown };
    answer = {
      id: message.id,
      error: { name, message: text, ...(typeof code === "string" ? { code } : {}) },
    };
  }
  port.postMessage(answer);
});
