/** Resident memory of the portal processes, read from /proc (Linux). */
import { readFileSync, readdirSync } from "node:fs";

const read = (path: string): string => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
};

/** Every process below `pid` (children of all its threads, recursively). */
export function descendants(pid: number): number[] {
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const children = tasks.flatMap((tid) =>
    read(`/proc/${pid}/task/${tid}/children`).split(/\s+/).filter(Boolean).map(Number),
  );
  return children.flatMap((child) => [child, ...descendants(child)]);
}

export function envOf(pid: number): Record<string, string> {
  return Object.fromEntries(
    read(`/proc/${pid}/environ`)
      .split("\0")
      .filter((entry) => entry.includes("="))
      .map((entry) => [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)]),
  );
}

/** VmRSS in MiB, or null when the process is gone. */
export function rssMiB(pid: number): number | null {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(read(`/proc/${pid}/status`));
  return match?.[1] ? Number(match[1]) / 1024 : null;
}

export type MemorySample = { atSeconds: number; rssMiB: number };

/** Samples the summed RSS of `pids()` every `intervalMs` until stopped. */
export function sampleMemory(pids: () => number[], intervalMs = 1000) {
  const samples: MemorySample[] = [];
  const started = Date.now();
  const take = () => {
    const values = pids()
      .map(rssMiB)
      .filter((v): v is number => v !== null);
    if (values.length > 0)
      samples.push({ atSeconds: (Date.now() - started) / 1000, rssMiB: values.reduce((a, b) => a + b, 0) });
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    samples,
    stop: () => {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}

export type MemorySummary = {
  startMiB: number;
  endMiB: number;
  maxMiB: number;
  /** Averages over the first and the last `windowSeconds` of the run. */
  earlyAverageMiB: number;
  lateAverageMiB: number;
  windowSeconds: number;
  growthPercent: number;
  flat: boolean;
};

/**
 * "Flat" means the average over the last 30 s is within +20 % of the average over the first 30 s
 * (over a quarter of the run each, for runs shorter than 2 minutes). Averages rather than single
 * samples, because the garbage collector makes memory a saw-tooth.
 */
export function summariseMemory(samples: MemorySample[], durationSeconds: number): MemorySummary {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) throw new Error("no memory samples: the portal processes were not found");
  const window = Math.min(30, durationSeconds / 4);
  const average = (list: MemorySample[]) => list.reduce((a, s) => a + s.rssMiB, 0) / Math.max(1, list.length);
  const early = average(samples.filter((s) => s.atSeconds <= window));
  const late = average(samples.filter((s) => s.atSeconds >= last.atSeconds - window));
  const growth = (late / early - 1) * 100;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    startMiB: round(first.rssMiB),
    endMiB: round(last.rssMiB),
    maxMiB: round(Math.max(...samples.map((s) => s.rssMiB))),
    earlyAverageMiB: round(early),
    lateAverageMiB: round(late),
    windowSeconds: window,
    growthPercent: round(growth),
    flat: growth <= 20,
  };
}
