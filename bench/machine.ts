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
function processSeconds(pid: number): number {
  // The command name may hold spaces; fields are counted after its closing parenthesis.
  return readTicks(`/proc/${pid}/stat`, (p) => {
    const after = p.slice(p.findIndex((part) => part.endsWith(")")) + 1);
    return (Number(after[11]) + Number(after[12])) / TICKS_PER_SECOND;
  });
}

/**
 * Measures how much of the machine processes other than the benchmark's own used while `work` ran:
 * on a shared 2-core machine that is what makes one run differ from the next.
 */
export async function withForeignLoad<T>(pids: number[], work: () => Promise<T>) {
  const ours = () => pids.reduce((sum, pid) => sum + processSeconds(pid), 0);
  const started = performance.now();
  const busy0 = machineBusySeconds();
  const ours0 = ours();
  const result = await work();
  const elapsed = (performance.now() - started) / 1000;
  const foreign = machineBusySeconds() - busy0 - (ours() - ours0);
  const percent = (100 * Math.max(0, foreign)) / (elapsed * os.availableParallelism());
  return { result, foreignPercent: percent };
}
