import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { withDeadline } from "@/lib/deadline";
import { parseRetryAfter } from "./errors";

export type RetryPolicy = {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** No retry starts if waiting would pass this many ms since the first attempt. */
  budgetMs: number;
  /** Each attempt is aborted after this many ms. */
  attemptTimeoutMs: number;
  /** Backoff when Graph gives no Retry-After. */
  baseDelayMs: number;
};

const RETRYABLE = new Set([429, 503, 504]);
/** Statuses whose responses cannot carry a body. */
const NULL_BODY = new Set([101, 204, 205, 304]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retries throttling and transient errors the way Graph asks (Retry-After), but never past a
 * fixed budget: a person at the lockout screen is better served by "try again in 30 s" than
 * by a spinner. Each attempt gets its own deadline (an AbortSignal, which also keeps Next.js
 * from handing back a memoised copy of the previous response) that covers reading the body:
 * Graph's answers are small, so they are read here and the deadline's timer is cleared at once.
 */
export class BoundedRetryMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly policy: RetryPolicy) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error("BoundedRetryMiddleware needs a next middleware");
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      const next = this.next;
      await withDeadline(this.policy.attemptTimeoutMs, async (signal) => {
        context.options = { ...context.options, cache: "no-store", signal };
        await next.execute(context);
        context.response = await readWhole(context.response);
      });
      const response = context.response;
      if (!response || !RETRYABLE.has(response.status) || attempt >= this.policy.maxRetries) return;
      const asked = parseRetryAfter(response.headers.get("retry-after"));
      const delay = asked !== null ? asked * 1000 : this.policy.baseDelayMs * 2 ** attempt;
      if (Date.now() - started + delay > this.policy.budgetMs) return;
      await sleep(delay);
    }
  }
}

/** The same response with its body already read, so that no deadline has to outlive the attempt. */
async function readWhole(response: Response | undefined): Promise<Response | undefined> {
  if (!response?.body) return response;
  const body = await response.arrayBuffer();
  return new Response(NULL_BODY.has(response.status) ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
