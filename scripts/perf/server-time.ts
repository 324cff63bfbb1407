/** Server time as the client sees it: request sent until the last byte of the response arrived. */
import { median, round } from "./report";

export type Timing = { runs: number; medianMs: number; minMs: number; maxMs: number };

/**
 * Times `runs` requests one after another, after `warmup` untimed ones. `check` rejects a
 * response that is not the real thing (a redirect to sign-in, an error page).
 */
export async function timeRequests(
  send: () => Promise<Response>,
  check: (status: number, body: string) => string | null,
  runs = 25,
  warmup = 3,
): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const started = performance.now();
    const response = await send();
    const body = await response.text();
    const elapsed = performance.now() - started;
    const problem = check(response.status, body);
    if (problem) throw new Error(`unexpected response: ${problem}`);
    if (i >= warmup) times.push(elapsed);
  }
  return { runs, medianMs: round(median(times)), minMs: round(Math.min(...times)), maxMs: round(Math.max(...times)) };
}
