import { GraphFailure, type GraphFailureKind } from "@/lib/graph/errors";
import type { MessageKey } from "@/lib/i18n/catalogue";
import type { Portal } from "./session";

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
  // Brokered mode: KeyDesk's own credential is missing, expired or lacks a permission. Only IT can fix it.
  "app-credential": { title: "failure.appCredential.title", body: "failure.appCredential.body", canRetry: false },
};

/** What to tell the person for a Graph failure: never Graph's own text. */
export function describeFailure(failure: Pick<GraphFailure, "kind" | "retryAfterSeconds">): FailureCopy {
  const retryAfterSeconds =
    failure.kind === "throttled" ? (failure.retryAfterSeconds ?? 30) : failure.retryAfterSeconds;
  return { ...COPY[failure.kind], retryAfterSeconds };
}

export type GraphOutcome<T> = { ok: true; value: T } | { ok: false; failure: GraphFailure };

/**
 * The one place a Graph failure is caught: logged once, with both request ids for Microsoft
 * support, and handed back for a FailureNotice. Anything else is a bug and is thrown on.
 */
export async function withGraph<T>(
  operation: string,
  portal: Portal,
  work: () => Promise<T>,
): Promise<GraphOutcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (!(error instanceof GraphFailure)) throw error;
    logGraphFailure(operation, portal, error);
    return { ok: false, failure: error };
  }
}

function logGraphFailure(operation: string, portal: Portal, error: GraphFailure): void {
  console.warn(
    JSON.stringify({
      event: "graph_failure",
      operation,
      kind: error.kind,
      status: error.status,
      code: error.code,
      clientRequestId: error.clientRequestId,
      graphRequestId: error.graphRequestId,
      oid: portal.user.objectId,
      tid: portal.user.tenantId,
      detail: error.message,
      // Brokered mode: only IT can fix this; the doctor names the missing credential or permission.
      ...(error.kind === "app-credential" ? { fix: "KEY_ACCESS=brokered: run `npm run doctor`" } : {}),
    }),
  );
}
