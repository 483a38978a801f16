import fs from "node:fs";
import type pg from "pg";

/** Linux counts process CPU time in clock ticks of 1/100 s (USER_HZ; `getconf CLK_TCK`). */
const TICK_MS = 10;

/** The backends of the connected database other than `client`'s own (incidentd's pool connections). */
export async function backendPids(client: pg.Client): Promise<number[]> {
  const { rows } = await client.query(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
  );
  return rows.map((row: { pid: number }) => row.pid);
}

/**
 * User + system CPU time the processes have used so far, in ms, from /proc/<pid>/stat (fields 14 and 15,
 * counted after the parenthesised command name, which may hold spaces). Ticks are 10 ms: a sum of many
 * short differences is right on average, not per request. Processes that have gone count nothing.
 */
export function cpuMsOf(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields[0] is the state (field 3); utime and stime are fields 14 and 15.
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * TICK_MS;
}

/** This process's user + system CPU time so far, in ms. */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
