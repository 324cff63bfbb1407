/** One autocannon stream with every response time kept, so any percentile can be reported. */
import autocannon, { type AutocannonRequest } from "autocannon";
import { percentile, round } from "./report";

export type StreamOptions = {
  /** One URL per portal instance; connections are spread over them. */
  urls: string[];
  connections: number;
  durationSeconds: number;
  /** Requests per second across all connections; unlimited when absent. */
  overallRate?: number;
  /** Called for every request with the origin it goes to; returns what to send. */
  next: (origin: string) => { method: string; path: string; headers: Record<string, string>; body?: string };
};

export type StreamStats = {
  requests: number;
  throughputRps: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  status: { "2xx": number; "3xx": number; "4xx": number; "5xx": number };
  non2xx: number;
  connectionErrors: number;
  timeouts: number;
  errorRate: number;
};

export async function runStream(options: StreamOptions): Promise<StreamStats> {
  const times: number[] = [];
  const status = { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0 };
  const request: AutocannonRequest = {
    setupRequest: (defaults) => {
      const next = options.next(`http://${String(defaults.hostname)}:${String(defaults.port)}`);
      return { ...defaults, ...next, headers: { ...defaults.headers, ...next.headers } };
    },
  };
  const started = Date.now();
  const instance = autocannon({
    url: options.urls,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    requests: [request],
  });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime);
    const family = `${Math.floor(statusCode / 100)}xx`;
    if (family in status) status[family as keyof typeof status]++;
  });
  const result = await instance;
  const seconds = (Date.now() - started) / 1000;
  const non2xx = times.length - status["2xx"];
  const failures = non2xx + result.errors;
  return {
    requests: times.length,
    throughputRps: round(times.length / seconds),
    latencyMs: {
      p50: round(percentile(times, 50)),
      p95: round(percentile(times, 95)),
      p99: round(percentile(times, 99)),
      max: round(Math.max(0, ...times)),
      mean: round(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)),
    },
    status,
    non2xx,
    connectionErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    errorRate: round((failures / Math.max(1, times.length + result.errors)) * 100, 3),
  };
}

/** Round-robin over a list, for rotating users across requests. */
export function rotate<T>(items: T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length] as T;
}
