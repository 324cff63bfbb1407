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
  | "bad-request"; // 400: a bug on our side, never the user's input

export class GraphFailure extends Error {
  constructor(
    readonly kind: GraphFailureKind,
    readonly status: number | null,
    /** Seconds to wait before trying again, when Graph said so. */
    readonly retryAfterSeconds: number | null = null,
    detail?: string,
  ) {
    super(`Graph ${kind}${status ? ` (${status})` : ""}${detail ? `: ${detail}` : ""}`);
    this.name = "GraphFailure";
  }
}

export function kindForStatus(status: number): GraphFailureKind {
  if (status === 401) return "session-expired";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status === 429) return "throttled";
  if (status === 400) return "bad-request";
  return "unavailable";
}

/** Parses Retry-After as delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}
