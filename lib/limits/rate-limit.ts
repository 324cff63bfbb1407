import "server-only";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { processGlobal } from "@/lib/process-global";
import { sharedRedis } from "@/lib/store/redis";

export type LimitName = "reveal" | "signin" | "lookup";
export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** How much INCIDENT_LIMITS=true raises each person's reveal and lookup limits. */
export const INCIDENT_FACTOR = 5;

type Limiters = Record<LimitName, RateLimiterAbstract> & { ready: Promise<void> };

function build(): Limiters {
  const e = env();
  // INCIDENT_LIMITS: on a mass-lockout day one person may need keys for several PCs.
  const incident = e.INCIDENT_LIMITS ? INCIDENT_FACTOR : 1;
  const specs: Record<LimitName, { points: number; duration: number }> = {
    reveal: { points: e.REVEAL_LIMIT_PER_HOUR * incident, duration: 3600 },
    signin: { points: e.SIGNIN_LIMIT_PER_MINUTE, duration: 60 },
    lookup: { points: e.LOOKUP_LIMIT_PER_HOUR * incident, duration: 3600 },
  };
  const shared = sharedRedis();
  const redis = shared?.client;
  const make = (name: LimitName): RateLimiterAbstract => {
    const spec = specs[name];
    if (!redis) return new RateLimiterMemory({ keyPrefix: `keydesk:${name}`, ...spec });
    // While Redis is unreachable each instance keeps counting on its own instead of failing open or closed.
    return new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `keydesk:${name}`,
      ...spec,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: `keydesk:${name}:local`, ...spec }),
    });
  };
  return {
    reveal: make("reveal"),
    signin: make("signin"),
    lookup: make("lookup"),
    ready: shared?.ready ?? Promise.resolve(),
  };
}

/**
 * Counts one attempt against a limit. With REDIS_URL the count is shared by every instance,
 * otherwise it is per process.
 */
export async function consume(name: LimitName, key: string): Promise<LimitResult> {
  const limiters = processGlobal("limits", build);
  await limiters.ready;
  try {
    await limiters[name].consume(key);
    return { ok: true };
  } catch (rejection) {
    if (isRefusal(rejection))
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}

/** What a person has used of a limit in its current window (the help-desk console shows its reveals). */
export async function used(name: LimitName, key: string): Promise<number> {
  const limiters = processGlobal("limits", build);
  await limiters.ready;
  return (await limiters[name].get(key))?.consumedPoints ?? 0;
}

/**
 * A refusal is the limiter's RateLimiterRes. Not `instanceof`: the limiters are built once per
 * process (processGlobal) by whichever bundle ran first, and Next.js gives route handlers, pages
 * and the proxy their own copy of the library, so a refusal from one copy is no instance of
 * another's class — the check failed and Auth.js's sign-in start answered 500 once limited.
 */
export function isRefusal(rejection: unknown): rejection is Pick<RateLimiterRes, "msBeforeNext"> {
  return (
    rejection instanceof RateLimiterRes ||
    (typeof rejection === "object" &&
      rejection !== null &&
      !(rejection instanceof Error) &&
      typeof (rejection as { msBeforeNext?: unknown }).msBeforeNext === "number" &&
      typeof (rejection as { remainingPoints?: unknown }).remainingPoints === "number")
  );
}
