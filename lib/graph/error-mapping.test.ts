import { GraphError } from "@microsoft/microsoft-graph-client";
import { describe, expect, it } from "vitest";
import { toGraphFailure } from "./error-mapping";
import { GraphFailure, type GraphFailureKind } from "./errors";

/** A GraphError as the Graph client builds it (GraphErrorHandler): status, code, answer headers. */
function graphError(status: number, code: string | null, headers: Record<string, string> = {}, message = "") {
  const error = new GraphError(status, message);
  error.code = code;
  error.headers = new Headers(headers);
  return error;
}

const ID = "5d0f5b8e-2c4d-4f6a-9b1e-0a3c7e9d2f41";

describe("GraphError → GraphFailure", () => {
  it.each<[number, string | null, GraphFailureKind]>([
    [400, "BadRequest", "bad-request"],
    [401, "InvalidAuthenticationToken", "session-expired"],
    [403, "authorization_error", "forbidden"],
    [403, "Authorization_RequestDenied", "forbidden"],
    [404, "Request_ResourceNotFound", "not-found"],
    [429, "TooManyRequests", "throttled"],
    [500, "generalException", "unavailable"],
    [502, null, "unavailable"],
    [503, "serviceNotAvailable", "unavailable"],
    [504, "gatewayTimeout", "unavailable"],
    // No usable answer: the client puts the thrown error's name in `code`.
    [200, "SyntaxError", "bad-response"],
    [200, "TimeoutError", "timeout"],
    [-1, "TimeoutError", "timeout"],
    [-1, "AbortError", "timeout"],
    [-1, "TypeError", "unavailable"],
    [-1, "SyntaxError", "bad-response"],
    [-1, null, "unavailable"],
  ])("%i %s → %s", (status, code, kind) => {
    const failure = toGraphFailure(graphError(status, code), ID);
    expect(failure.kind).toBe(kind);
    expect(failure.status).toBe(status > 0 ? status : null);
    expect(failure.code).toBe(code);
  });

  it("keeps Entra's reason and ids from a refused application token, without MSAL's prefix", () => {
    // As @azure/identity throws it when Entra refuses an expired client secret.
    const message =
      "invalid_client: Error(s): 7000222 - Timestamp: 2026-12-05 00:23:48Z - Description: AADSTS7000222: The provided client secret keys for app '6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.\r\nTrace ID: 150794b9-fcde-4b7d-ba1e-00b8e8830217\r\nCorrelation ID: ca23b337-bbdd-42ef-b932-bd087c10d489\r\nTimestamp: 2026-12-05 00:23:48Z - Correlation ID: ca23b337-bbdd-42ef-b932-bd087c10d489 - Trace ID: 150794b9-fcde-4b7d-ba1e-00b8e8830217";
    const failure = toGraphFailure(graphError(-1, "AuthenticationRequiredError", {}, message), ID);
    expect(failure.kind).toBe("app-credential");
    expect(failure.message).toBe(
      "Graph app-credential: AuthenticationRequiredError: AADSTS7000222: The provided client secret keys for app '6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds. (Trace ID: 150794b9-fcde-4b7d-ba1e-00b8e8830217, Correlation ID: ca23b337-bbdd-42ef-b932-bd087c10d489)",
    );
  });

  it("never reads the message: words like 'timeout' or 'JSON' in Graph's text change nothing", () => {
    const failure = toGraphFailure(
      graphError(503, "serviceNotAvailable", {}, "timeout abort Unexpected token in JSON"),
      ID,
    );
    expect(failure.kind).toBe("unavailable");
    expect(toGraphFailure(graphError(-1, "TypeError", {}, "The operation timed out"), ID).kind).toBe("unavailable");
  });

  it("keeps Retry-After and both request ids", () => {
    const failure = toGraphFailure(
      graphError(429, "TooManyRequests", { "retry-after": "7", "request-id": "graph-side-id" }),
      ID,
    );
    expect(failure).toMatchObject({ retryAfterSeconds: 7, clientRequestId: ID, graphRequestId: "graph-side-id" });
  });

  it("falls back to the request id in Graph's error body", () => {
    const error = graphError(404, "Request_ResourceNotFound");
    error.requestId = "from-inner-error";
    expect(toGraphFailure(error, ID).graphRequestId).toBe("from-inner-error");
  });

  it("maps other errors by name and passes a GraphFailure through", () => {
    expect(toGraphFailure(new DOMException("No answer within 1 ms", "TimeoutError"), ID).kind).toBe("timeout");
    expect(toGraphFailure(new Error("anything"), ID).kind).toBe("unavailable");
    const own = new GraphFailure("not-found", null);
    expect(toGraphFailure(own, ID)).toBe(own);
  });
});
