import { RetryHandlerOptions } from "@microsoft/microsoft-graph-client";
import { parseRetryAfter } from "./errors";

export type RetryPolicy = {
  /** Retries after the first attempt (the Graph client allows at most 10). */
  maxRetries: number;
  /** No retry starts if its wait would end past this many ms since the call began. */
  budgetMs: number;
  /** Each attempt must have its answer's headers within this many ms. */
  attemptTimeoutMs: number;
  /** The Graph client's base delay in seconds, when Graph sends no Retry-After. */
  delaySeconds: number;
};

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 3,
  budgetMs: 8_000,
  attemptTimeoutMs: 10_000,
  delaySeconds: 0.5,
};

/**
 * The whole call, retries, waits and reading the last answer included, ends by then: no retry
 * starts after the budget, and the last attempt still gets its own time.
 */
export const callDeadlineMs = (policy: RetryPolicy) => policy.budgetMs + policy.attemptTimeoutMs;

/**
 * The longest the Graph client's RetryHandler (3.0.7, `getDelay`) waits before retry number
 * `retry`: Graph's Retry-After as asked, else exponential back-off plus the base delay plus up to
 * one second of jitter.
 */
function longestWaitSeconds(retryAfter: number | null, delaySeconds: number, retry: number): number {
  if (retryAfter !== null) return retryAfter;
  const backoff = retry >= 2 ? Math.round(0.5 * (2 ** retry - 1)) : 0;
  return backoff + delaySeconds + 1;
}

/**
 * Options for the Graph client's own RetryHandler (429/503/504, honouring Retry-After), made per
 * call: the clock starts now, and a retry whose wait would pass the budget is not made. A person
 * at the lockout screen is better served by "try again in 30 s" than by a spinner.
 */
export function retryOptionsFor(policy: RetryPolicy, started = Date.now()): RetryHandlerOptions {
  return new RetryHandlerOptions(
    policy.delaySeconds,
    policy.maxRetries,
    (delay, attempt, _request, _options, response) => {
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
      const wait = longestWaitSeconds(retryAfter, delay, attempt + 1) * 1000;
      return Date.now() - started + wait <= policy.budgetMs;
    },
  );
}
