/**
 * What can go wrong when asking Microsoft Graph, reduced to the few cases a person at the
 * lockout screen needs told apart. The raw error stays in the server log.
 */
export type GraphFailureKind =
  | "session-expired" // 401: the access token was not accepted
  | "forbidden" // 403: self-service switched off, or not allowed for this user
  | "not-found" // 404: no such object, or not one this user may see
  | "throttled" // 429 after the retry budget
  | "unavailable" // 5xx after the retry budget, network failure
  | "timeout" // no answer within the per-call limit
  | "bad-response" // 2xx that does not look like Graph
  | "bad-request" // 400: a bug on our side, never the user's input
  | "app-credential"; // brokered mode: KeyDesk's application identity got no token or lacks a permission

/** What Microsoft support asks for when a call went wrong; never a token or a key. */
export type GraphTrace = {
  /** Graph's error code (`error.code`), or the error's name for a failure without an answer. */
  code?: string | null;
  /** The `client-request-id` KeyDesk sent with the call. */
  clientRequestId?: string | null;
  /** The `request-id` Graph answered with. */
  graphRequestId?: string | null;
};

export class GraphFailure extends Error {
  readonly code: string | null;
  readonly clientRequestId: string | null;
  readonly graphRequestId: string | null;

  constructor(
    readonly kind: GraphFailureKind,
    readonly status: number | null,
    /** Seconds to wait before trying again, when Graph said so. */
    readonly retryAfterSeconds: number | null = null,
    detail?: string,
    trace: GraphTrace = {},
  ) {
    super(`Graph ${kind}${status ? ` (${status})` : ""}${detail ? `: ${detail}` : ""}`);
    this.name = "GraphFailure";
    this.code = trace.code ?? null;
    this.clientRequestId = trace.clientRequestId ?? null;
    this.graphRequestId = trace.graphRequestId ?? null;
  }
}

const KIND_BY_STATUS: Readonly<Partial<Record<number, GraphFailureKind>>> = {
  400: "bad-request",
  401: "session-expired",
  403: "forbidden",
  404: "not-found",
  429: "throttled",
};

export function kindForStatus(status: number): GraphFailureKind {
  return KIND_BY_STATUS[status] ?? "unavailable";
}

/** Parses Retry-After as delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}
