/**
 * Who used the CPU during a measurement: our own processes (portal, emulators, load generator)
 * and everything else on the machine, which on a shared box can skew the figures.
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";

const TICKS_PER_SECOND = 100;

/**
 * CPU seconds of one process (0 when it is gone); for this script itself, also of the children
 * it has reaped (Lighthouse's runs and their Chromium).
 */
function processSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const columns = pid === process.pid ? [11, 12, 13, 14] : [11, 12];
    return columns.reduce((sum, i) => sum + Number(fields[i]), 0) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Busy CPU seconds of the whole machine, all cores together. */
function machineBusySeconds(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / TICKS_PER_SECOND;
}

export type CpuUse = {
  cores: number;
  machineBusyPercent: number;
  ownPercent: Record<string, number>;
  otherProcessesPercent: number;
};

/**
 * Starts counting; the result gives each share as a percentage of one core (200 % = both cores
 * of two). Processes are polled every second so that one which dies keeps its last count.
 */
export function countCpu(groups: Record<string, () => number[]>) {
  const started = Date.now();
  const machineStart = machineBusySeconds();
  const members = Object.fromEntries(Object.keys(groups).map((name) => [name, new Set<number>()]));
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const poll = () => {
    for (const [name, pids] of Object.entries(groups)) {
      for (const pid of pids()) {
        const seconds = processSeconds(pid);
        if (seconds === 0) continue;
        members[name]?.add(pid);
        if (!first.has(pid)) first.set(pid, seconds);
        last.set(pid, seconds);
      }
    }
  };
  poll();
  const timer = setInterval(poll, 1000);
  return (): CpuUse => {
    poll();
    clearInterval(timer);
    const wall = (Date.now() - started) / 1000;
    const pct = (seconds: number) => Math.round((seconds / wall) * 100);
    const ownPercent: Record<string, number> = {};
    let own = 0;
    for (const [name, pids] of Object.entries(members)) {
      const used = [...pids].reduce((sum, pid) => sum + (last.get(pid) ?? 0) - (first.get(pid) ?? 0), 0);
      own += used;
      ownPercent[name] = pct(used);
    }
    const busy = machineBusySeconds() - machineStart;
    return {
      cores: cpus().length,
      machineBusyPercent: pct(busy),
      ownPercent,
      otherProcessesPercent: Math.max(0, pct(busy - own)),
    };
  };
}

/**
 * On a shared machine, waits (up to `maxSeconds`) until other work uses less than
 * `thresholdPercent` of one core over 5 s, so that the figures describe KeyDesk.
 */
export async function waitForQuietMachine(
  maxSeconds: number,
  log: (message: string) => void,
  thresholdPercent = 50,
): Promise<{ waitedSeconds: number; busyPercent: number }> {
  const started = Date.now();
  for (;;) {
    const before = machineBusySeconds();
    await new Promise((done) => setTimeout(done, 5000));
    const busyPercent = Math.round(((machineBusySeconds() - before) / 5) * 100);
    const waitedSeconds = Math.round((Date.now() - started) / 1000);
    if (busyPercent < thresholdPercent || waitedSeconds >= maxSeconds) return { waitedSeconds, busyPercent };
    log(
      `the machine is busy with other work (${busyPercent} % of a core); waiting for it to calm down (${waitedSeconds}/${maxSeconds} s)…`,
    );
  }
}
