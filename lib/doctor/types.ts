/** One line of the doctor's report: what was checked, how it went, and how to fix it. */
export type CheckStatus = "ok" | "warn" | "error" | "skip";

export type CheckResult = {
  /** Stable id of the check, e.g. "issuer.discovery". */
  id: string;
  status: CheckStatus;
  message: string;
  fix?: string;
};

export type DoctorOptions = {
  fetch?: typeof fetch;
  /** Milliseconds since the epoch; injectable so tests can pretend the clock is off. */
  now?: () => number;
  /** Per network call. */
  timeoutMs?: number;
};

export type Source = Record<string, string | undefined>;

export const DEFAULT_TIMEOUT_MS = 5000;

export const ok = (id: string, message: string): CheckResult => ({ id, status: "ok", message });
export const warn = (id: string, message: string, fix: string): CheckResult => ({ id, status: "warn", message, fix });
export const error = (id: string, message: string, fix: string): CheckResult => ({ id, status: "error", message, fix });
export const skip = (id: string, message: string): CheckResult => ({ id, status: "skip", message });

/** A value as parseEnv sees it: empty means unset. */
export function value(source: Source, name: string): string | undefined {
  const v = source[name];
  return v === undefined || v === "" ? undefined : v;
}

/** Why a network call failed, in words an operator can act on. */
export function describeNetworkError(err: unknown): string {
  if (err instanceof Error && err.name === "TimeoutError") return "no answer within the time limit";
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  const message = cause instanceof Error ? cause.message : String(cause);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
