/**
 * Throughput on one instance: how many signed-in device lists KeyDesk serves per second beside how
 * many empty, per-request-rendered Next.js pages the same Next.js serves. The ratio is the budget:
 * it says what KeyDesk's own work (session, Graph calls, rendering) costs, whatever the machine.
 */
import { runStream, type StreamStats } from "./load";
import { round } from "./report";
import { log } from "./stack";

export type Throughput = {
  connections: number;
  seconds: number;
  emptyDynamicPage: StreamStats;
  deviceList: StreamStats;
  ratio: number;
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
  return {
    connections,
    seconds,
    emptyDynamicPage,
    deviceList,
    ratio: round(deviceList.throughputRps / Math.max(1e-9, emptyDynamicPage.throughputRps), 2),
  };
}
