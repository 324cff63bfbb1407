import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { withDeadline } from "@/lib/deadline";

export const CLIENT_NAME = "KeyDesk";
export const CLIENT_VERSION = "0.1.0";
export const USER_AGENT = `${CLIENT_NAME}/${CLIENT_VERSION} (BitLocker recovery self-service)`;

abstract class Link implements Middleware {
  private next?: Middleware;
  setNext(next: Middleware): void {
    this.next = next;
  }
  protected get nextLink(): Middleware {
    if (!this.next) throw new Error(`${this.constructor.name} needs a next middleware`);
    return this.next;
  }
  abstract execute(context: Context): Promise<void>;
}

/**
 * Graph's BitLocker API answers 400 without a User-Agent; the ocp-client headers name the caller
 * for Microsoft support. The per-call `client-request-id` is set by the gateway, which logs it.
 */
export class ClientHeadersHandler extends Link {
  async execute(context: Context): Promise<void> {
    const headers = new Headers(context.options?.headers);
    headers.set("User-Agent", USER_AGENT);
    headers.set("ocp-client-name", CLIENT_NAME);
    headers.set("ocp-client-version", CLIENT_VERSION);
    context.options = { ...context.options, headers: Object.fromEntries(headers) };
    await this.nextLink.execute(context);
  }
}

/**
 * Gives each attempt (the RetryHandler runs the links after it once per attempt) its own deadline
 * for the answer's headers, beside the whole call's deadline the gateway set. The fresh signal also
 * makes every attempt a request of its own to Next.js, which otherwise answers a repeated GET
 * inside one render with the first (throttled) answer again.
 */
export class AttemptDeadlineHandler extends Link {
  constructor(private readonly timeoutMs: number) {
    super();
  }

  async execute(context: Context): Promise<void> {
    // On a retry, the answer being replaced is dropped unread: release its connection for reuse.
    await context.response?.body?.cancel().catch(() => undefined);
    const call = context.options?.signal ?? null;
    try {
      await withDeadline(this.timeoutMs, async (attempt) => {
        context.options = { ...context.options, signal: call ? AbortSignal.any([call, attempt]) : attempt };
        await this.nextLink.execute(context);
      });
    } finally {
      context.options = { ...context.options, signal: call };
    }
  }
}
