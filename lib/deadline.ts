/**
 * Runs `work` with an AbortSignal that fires after `ms` milliseconds, and stops the clock as soon
 * as the work settles.
 *
 * Not `AbortSignal.timeout(ms)`: its timer stays scheduled for the full `ms` after the call has
 * ended, and a timer keeps the async context it was created in — for a page, Next.js's request
 * store and React's render with the whole response — reachable until it fires. At a few hundred
 * requests a second, a 10-second timer per Graph call kept thousands of finished requests in
 * memory (docs/perf.md).
 */
export async function withDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`No answer within ${ms} ms`, "TimeoutError")), ms);
  try {
    return await work(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}
