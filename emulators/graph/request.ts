import type { IncomingMessage, ServerResponse } from "node:http";
import type { AccessTokenClaims } from "./types";

export type RequestTarget = {
  /** Path exactly as received, without the query. */
  path: string;
  /** Raw query string as received, without the leading `?`. */
  query: string;
};

/** Splits by hand: URL parsing would re-encode the query, and recordings must keep it raw. */
export function splitTarget(url: string): RequestTarget {
  const originForm = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "") || "/";
  const withoutFragment = originForm.split("#")[0] ?? "";
  const mark = withoutFragment.indexOf("?");
  return mark === -1
    ? { path: withoutFragment, query: "" }
    : { path: withoutFragment.slice(0, mark), query: withoutFragment.slice(mark + 1) };
}

export type AuthOutcome = { kind: "missing" } | { kind: "invalid" } | { kind: "valid"; claims: AccessTokenClaims };

export async function authenticate(
  authorization: string | undefined,
  verify: (token: string) => Promise<AccessTokenClaims | null>,
): Promise<AuthOutcome> {
  const token = /^Bearer\s+(\S.*)$/i.exec(authorization?.trim() ?? "")?.[1]?.trim();
  if (!token) return { kind: "missing" };
  try {
    const claims = await verify(token);
    return claims ? { kind: "valid", claims } : { kind: "invalid" };
  } catch {
    return { kind: "invalid" };
  }
}

export function hasUserAgent(req: IncomingMessage): boolean {
  return (req.headers["user-agent"] ?? "").trim() !== "";
}

/** Aborts when the client goes away before the response was sent, so held work can stop. */
export function disconnectSignal(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

/** Resolves true after `ms`, or false as soon as `signal` aborts (the timer is cleared). */
export function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (!(ms > 0)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
