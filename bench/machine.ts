import fs from "node:fs";
import os from "node:os";

/** Linux clock ticks (USER_HZ): /proc reports CPU time in these. */
const TICKS_PER_SECOND = 100;

function readTicks(file: string, fields: (parts: string[]) => number): number {
  try {
    return fields(fs.readFileSync(file, "utf8").trim().split(/\s+/));
  } catch {
    return Number.NaN;
  }
}

/** Busy CPU time of the whole machine, in seconds (NaN where /proc is missing). */
function machineBusySeconds(): number {
  return readTicks("/proc/stat", (p) => {
    // cpu user nice system idle iowait irq softirq steal
    const [user, nice, system, , , irq, softirq, steal] = p.slice(1, 9).map(Number);
    return (
      ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) /
      TICKS_PER_SECOND
    );
  });
}

/** CPU time (user + system) of one process, in seconds. */
export function processSeconds(pid: number): number {
  // The command name may hold spaces; fields are counted after its closing parenthesis.
  return readTicks(`/proc/${pid}/stat`, (p) => {
    const after = p.slice(p.findIndex((part) => part.endsWith(")")) + 1);
    return (Number(after[11]) + Number(after[12])) / TICKS_PER_SECOND;
  });
}

/**
 * Measures how much of the machine processes other than the benchmark's own used while `work` ran:
 * on a shared 2-core machine that is what makes one run differ from the next. A process of `pids` that
 * exits meanwhile (an idle database connection closed by its pool) is left out: its CPU time counts as other.
 */
export async function withForeignLoad<T>(pids: number[], work: () => Promise<T>) {
  const started = performance.now();
  const busy0 = machineBusySeconds();
  const ours0 = pids.map(processSeconds);
  const result = await work();
  const elapsed = (performance.now() - started) / 1000;
  const ours = pids.map(processSeconds).reduce((sum, end, i) => {
    const start = ours0[i] ?? Number.NaN;
    return sum + (Number.isNaN(start) || Number.isNaN(end) ? 0 : end - start);
  }, 0);
  const foreign = machineBusySeconds() - busy0 - ours;
  const percent = (100 * Math.max(0, foreign)) / (elapsed * os.availableParallelism());
  return { result, foreignPercent: percent };
}

/** A `kB` field of /proc/<pid>/status (VmRSS: resident now, VmHWM: peak resident), in MB; NaN if unknown. */
export function memoryMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Resets the process's VmHWM to its current RSS (Linux ≥ 4.0); false where that is not possible. */
export function resetPeakMemory(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}
