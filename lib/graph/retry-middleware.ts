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
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retries throttling and transient errors the way Graph asks (Retry-After), but never past a
 * fixed budget: a person at the lockout screen is better served by "try again in 30 s" than
 * by a spinner. Each attempt gets its own deadline, an AbortSignal that the transport
 * (transport.ts) honours until the whole answer is read; its timer is cleared at once.
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
        context.options = { ...context.options, signal };
        await next.execute(context);
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
