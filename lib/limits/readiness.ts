import "server-only";
import { withDeadline } from "@/lib/deadline";
import { env } from "@/lib/env";
import { sharedRedis, type SharedRedis } from "@/lib/store/redis";

export type Check = { name: string; ok: boolean; detail?: string };

async function reachable(url: string): Promise<Check> {
  try {
    const res = await withDeadline(3000, async (signal) => {
      const answer = await fetch(url, { cache: "no-store", signal });
      await answer.body?.cancel();
      return answer;
    });
    return { name: "issuer", ok: res.ok, ...(res.ok ? {} : { detail: `HTTP ${res.status}` }) };
  } catch (error) {
    return { name: "issuer", ok: false, detail: error instanceof Error ? error.message : "unreachable" };
  }
}

const PING_TIMEOUT_MS = 2000;

/**
 * PING over the connection the rate limits and signed-out sessions use, so TLS (`rediss://`),
 * credentials and a refused AUTH count exactly as they do for them: only PONG is ready.
 */
export async function redisCheck(redis: SharedRedis): Promise<Check> {
  try {
    await redis.ready;
    const answer = await withDeadline(PING_TIMEOUT_MS, (signal) =>
      Promise.race([
        redis.client.ping(),
        new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason as Error))),
      ]),
    );
    return answer === "PONG" ? { name: "redis", ok: true } : { name: "redis", ok: false, detail: String(answer) };
  } catch (error) {
    return { name: "redis", ok: false, detail: error instanceof Error ? error.message : "no answer" };
  }
}

/** Can this instance serve sign-ins right now? Configuration, the identity provider, Redis if used. */
export async function readiness(): Promise<Check[]> {
  let e;
  try {
    e = env();
  } catch {
    return [{ name: "configuration", ok: false }];
  }
  const checks = [reachable(`${e.AUTH_MICROSOFT_ENTRA_ID_ISSUER}/.well-known/openid-configuration`)];
  const redis = sharedRedis();
  if (redis) checks.push(redisCheck(redis));
  return [{ name: "configuration", ok: true }, ...(await Promise.all(checks))];
}
