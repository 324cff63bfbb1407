import type { GraphFailure, GraphFailureKind } from "@/lib/graph/errors";
import type { MessageKey } from "@/lib/i18n/catalogue";

export type FailureCopy = { title: MessageKey; body: MessageKey; retryAfterSeconds: number | null; canRetry: boolean };

const COPY: Record<GraphFailureKind, Omit<FailureCopy, "retryAfterSeconds">> = {
  "session-expired": { title: "failure.sessionExpired.title", body: "failure.sessionExpired.body", canRetry: false },
  forbidden: { title: "failure.forbidden.title", body: "failure.forbidden.body", canRetry: false },
  "not-found": { title: "failure.notFound.title", body: "failure.notFound.body", canRetry: false },
  throttled: { title: "failure.throttled.title", body: "failure.throttled.body", canRetry: true },
  unavailable: { title: "failure.unavailable.title", body: "failure.unavailable.body", canRetry: true },
  timeout: { title: "failure.timeout.title", body: "failure.timeout.body", canRetry: true },
  "bad-response": { title: "failure.badResponse.title", body: "failure.badResponse.body", canRetry: true },
  "bad-request": { title: "failure.badResponse.title", body: "failure.badResponse.body", canRetry: true },
};

/** What to tell the person for a Graph failure: never Graph's own text. */
export function describeFailure(failure: Pick<GraphFailure, "kind" | "retryAfterSeconds">): FailureCopy {
  const retryAfterSeconds =
    failure.kind === "throttled" ? (failure.retryAfterSeconds ?? 30) : failure.retryAfterSeconds;
  return { ...COPY[failure.kind], retryAfterSeconds };
}
