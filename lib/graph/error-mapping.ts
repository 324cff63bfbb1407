import { GraphError } from "@microsoft/microsoft-graph-client";
import { GraphFailure, kindForStatus, parseRetryAfter, type GraphFailureKind } from "./errors";

/**
 * A call that got no usable answer fails with a plain error, which the Graph client wraps in a
 * GraphError whose `code` is that error's name: recognised here by name, never by message text.
 */
const KIND_BY_ERROR_NAME = new Map<string, GraphFailureKind>([
  ["TimeoutError", "timeout"], // a deadline fired (lib/deadline.ts, call-deadline.ts)
  ["AbortError", "timeout"], // aborted without a reason
  ["SyntaxError", "bad-response"], // the body was not JSON
  ["TypeError", "unavailable"], // fetch failed: DNS, refused or reset connection, TLS
  // @azure/identity could not get KeyDesk's application token (brokered mode): refused by Entra,
  // no credential configured or readable, or several attempts that all failed.
  ["AuthenticationError", "app-credential"],
  ["AuthenticationRequiredError", "app-credential"],
  ["CredentialUnavailableError", "app-credential"],
  ["AggregateAuthenticationError", "app-credential"],
]);

/** Turns whatever a Graph call threw into a GraphFailure, by HTTP status, Graph error code or error name. */
export function toGraphFailure(error: unknown, clientRequestId: string): GraphFailure {
  if (error instanceof GraphFailure) return error;
  if (!(error instanceof GraphError)) {
    const name = error instanceof Error ? error.name : "";
    return new GraphFailure(KIND_BY_ERROR_NAME.get(name) ?? "unavailable", null, null, name || undefined, {
      code: name || null,
      clientRequestId,
    });
  }
  const trace = {
    code: error.code,
    clientRequestId,
    graphRequestId: error.headers?.get("request-id") ?? error.requestId ?? null,
  };
  const byName = error.code ? KIND_BY_ERROR_NAME.get(error.code) : undefined;
  const status = error.statusCode > 0 ? error.statusCode : null;
  // A deadline can also fire while the body of an answer is still arriving.
  if (byName === "timeout") return new GraphFailure("timeout", status, null, error.code ?? undefined, trace);
  if (status !== null && status >= 300) {
    const retryAfter = parseRetryAfter(error.headers?.get("retry-after"));
    return new GraphFailure(kindForStatus(status), status, retryAfter, error.code ?? undefined, trace);
  }
  // A 2xx that still failed: its body could not be read as JSON.
  if (status !== null) return new GraphFailure("bad-response", status, null, error.code ?? undefined, trace);
  // KeyDesk's application got no token: keep Entra's reason (AADSTS…) for IT's log line.
  const detail = byName === "app-credential" ? `${error.code}: ${entraReason(error.message)}` : error.code;
  return new GraphFailure(byName ?? "unavailable", null, null, detail ?? undefined, trace);
}

/**
 * Entra's reason from @azure/identity's message, which starts with MSAL's own prefix
 * ("invalid_client: Error(s): 7000222 - Timestamp: … - Description: AADSTS7000222: …"): the
 * AADSTS sentence, then the trace and correlation ids Microsoft support asks for.
 */
function entraReason(message: string): string {
  const start = message.search(/AADSTS\d+/);
  const reason = (start === -1 ? message : message.slice(start)).split(/\r?\n/)[0]?.trim().slice(0, 300) ?? "";
  const ids = ["Trace ID", "Correlation ID"].flatMap((name) => {
    const id = new RegExp(`${name}: ([0-9a-f-]{36})`, "i").exec(message)?.[1];
    return id ? [`${name}: ${id}`] : [];
  });
  return ids.length ? `${reason} (${ids.join(", ")})` : reason;
}
