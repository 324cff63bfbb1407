/**
 * Throughput on one instance: how many signed-in device lists KeyDesk serves per second beside how
 * many empty, per-request-rendered Next.js pages the same Next.js serves. The ratio is the budget:
 * it says what KeyDesk's own work (session, Graph calls, rendering) costs, whatever the machine.
 */
import { runStream, type StreamStats } from "./load";
import { round } from "./report";
import { log } from "./stack";

/** KeyDesk pages measured beside the device list, to show what its floor is made of. */
export type Reference = { label: string; path: string; signedIn: boolean };

export const REFERENCES: Reference[] = [
  { label: "KeyDesk page without session or Graph call (`/signed-out`)", path: "/signed-out", signedIn: false },
  { label: "KeyDesk guide, signed out (`/help`)", path: "/help", signedIn: false },
  {
    label: "KeyDesk guide, signed in: Auth.js in the proxy and the page, no Graph call",
    path: "/help",
    signedIn: true,
  },
];

export type Throughput = {
  connections: number;
  seconds: number;
  emptyDynamicPage: StreamStats;
  deviceList: StreamStats;
  ratio: number;
  /** For information: each of REFERENCES with its ratio to the empty page. */
  references: { label: string; stats: StreamStats; ratio: number }[];
};

type Target = { origin: string; path: string; headers: Record<string, string> };

async function measure(target: Target, connections: number, seconds: number): Promise<StreamStats> {
  const next = () => ({ method: "GET", path: target.path, headers: { accept: "text/html", ...target.headers } });
  // Untimed warm-up: JIT, connection pools, Graph connections.
  await runStream({ urls: [target.origin], connections, durationSeconds: 3, next });
  return runStream({ urls: [target.origin], connections, durationSeconds: seconds, next });
}

export async function compareThroughput(options: {
  emptyOrigin: string;
  portalOrigin: string;
  cookie: string;
  connections: number;
  seconds: number;
}): Promise<Throughput> {
  const { connections, seconds } = options;
  log(`throughput: empty dynamic page, ${connections} connections for ${seconds} s…`);
  const emptyDynamicPage = await measure(
    { origin: options.emptyOrigin, path: "/dynamic", headers: {} },
    connections,
    seconds,
  );
  log(`throughput: signed-in device list, ${connections} connections for ${seconds} s…`);
  const deviceList = await measure(
    { origin: options.portalOrigin, path: "/devices", headers: { cookie: options.cookie } },
    connections,
    seconds,
  );
  const ratio = (s: StreamStats) => round(s.throughputRps / Math.max(1e-9, emptyDynamicPage.throughputRps), 2);
  const references: Throughput["references"] = [];
  for (const reference of REFERENCES) {
    log(`throughput: ${reference.label}…`);
    const headers: Record<string, string> = reference.signedIn ? { cookie: options.cookie } : {};
    const stats = await measure({ origin: options.portalOrigin, path: reference.path, headers }, connections, seconds);
    references.push({ label: reference.label, stats, ratio: ratio(stats) });
  }
  return { connections, seconds, emptyDynamicPage, deviceList, ratio: ratio(deviceList), references };
}
