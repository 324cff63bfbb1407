/**
 * Lighthouse (default config: mobile form factor, simulated throttling) against Debian's
 * Chromium, started by chrome-launcher. Each run is a plain-Node child (lighthouse-run.mjs).
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { chromiumPath } from "./browser";
import { median } from "./report";
import { root } from "./stack";

const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
type Category = (typeof CATEGORIES)[number];

export type LighthouseRun = {
  finalUrl: string;
  scores: Record<Category, number>;
  metricsMs: Record<string, number>;
  /** Audits that cost points, per category, to say what to fix. */
  failing: Record<Category, string[]>;
};

export type LighthouseResult = {
  url: string;
  runs: number;
  scores: Record<Category, number>;
  metricsMs: Record<string, number>;
  failing: LighthouseRun["failing"];
};

async function runOnce(url: string, cookie?: string): Promise<LighthouseRun> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(root, "scripts/perf/lighthouse-run.mjs"), JSON.stringify({ url, chromePath: chromiumPath, cookie })],
    {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
      timeout: 180_000,
    },
  );
  const run = JSON.parse(stdout) as LighthouseRun;
  if (new URL(run.finalUrl).pathname !== new URL(url).pathname)
    throw new Error(`Lighthouse ended on ${run.finalUrl}, not ${url}`);
  return run;
}

/** Runs Lighthouse `runs` times; each score and metric is the median over the runs. */
export async function runLighthouse(url: string, runs: number, cookie?: string): Promise<LighthouseResult> {
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(url, cookie));
  const med = (pick: (r: LighthouseRun) => number) => median(results.map(pick));
  const metrics = Object.keys(results[0]?.metricsMs ?? {});
  // The audits listed are those of the run with the median performance score.
  const middle = [...results].sort((a, b) => a.scores.performance - b.scores.performance)[
    Math.floor((results.length - 1) / 2)
  ];
  return {
    url,
    runs,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, med((r) => r.scores[c])])) as Record<Category, number>,
    metricsMs: Object.fromEntries(metrics.map((id) => [id, med((r) => r.metricsMs[id] ?? Number.NaN)])),
    failing: middle?.failing ?? { performance: [], accessibility: [], "best-practices": [] },
  };
}
