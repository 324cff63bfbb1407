import { STATUS_CODES } from "node:http";
import type { EmulatorConfig, Fault } from "../state";
import { type ErrorFamily, GraphHttpError, forbidden, generalException, tokenInvalid } from "./errors";

/** Long enough that any sane client gives up first ("never answers within 60 s"). */
export const TIMEOUT_HOLD_MS = 90_000;

/** A 200 whose body stops mid-object: what a connection cut in a streamed response looks like. */
export const MALFORMED_BODY = '{"@odata.context":"$metadata#directoryObjects","value":[{"@odata.type":"#microsoft.gra';

export type FaultOutcome = { kind: "error"; error: GraphHttpError } | { kind: "malformed" } | { kind: "timeout" };

export function totalLatencyMs(faults: readonly Fault[], config: EmulatorConfig): number {
  const injected = faults.reduce((sum, fault) => sum + (fault.kind === "latency" ? (fault.latencyMs ?? 0) : 0), 0);
  return Math.max(0, (Number.isFinite(config.graphLatencyMs) ? config.graphLatencyMs : 0) + injected);
}

export const gatewayTimeout = () =>
  new GraphHttpError(504, "gatewayTimeout", "The gateway did not receive a timely response from the upstream service.");

function statusFault(fault: Fault, family: ErrorFamily): GraphHttpError {
  // A "status" fault is for failures; anything outside 400–599 (or missing) becomes a plain 500.
  const status = fault.status !== undefined && fault.status >= 400 && fault.status <= 599 ? fault.status : 500;
  const as = (base: GraphHttpError, headers: Record<string, string> = base.headers) =>
    new GraphHttpError(status, fault.code ?? base.code, base.message, headers);
  switch (status) {
    case 429:
      return as(new GraphHttpError(429, "TooManyRequests", "Too many requests. Please try again later."), {
        "retry-after": String(fault.retryAfter || 1),
      });
    case 503: {
      const base = new GraphHttpError(
        503,
        "serviceNotAvailable",
        "The service is temporarily unavailable. Please try again later.",
      );
      return as(base, fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {});
    }
    case 504:
      return as(gatewayTimeout());
    case 500:
      return as(generalException());
    // 401 and 403 keep what a client keys on: the WWW-Authenticate header, the service's own code.
    case 401:
      return as(tokenInvalid());
    case 403:
      return as(forbidden(family));
    default:
      return new GraphHttpError(status, fault.code ?? "BadRequest", STATUS_CODES[status] ?? "Injected failure.");
  }
}

/** The first non-latency fault decides the answer; latency faults only add delay. */
export function decisiveFault(faults: readonly Fault[], family: ErrorFamily): FaultOutcome | null {
  const fault = faults.find((candidate) => candidate.kind !== "latency");
  if (!fault) return null;
  if (fault.kind === "malformed") return { kind: "malformed" };
  if (fault.kind === "timeout") return { kind: "timeout" };
  return { kind: "error", error: statusFault(fault, family) };
}
