import "server-only";
import { once } from "node:events";
import { setTimeout as delay } from "node:timers/promises";
import Redis from "ioredis";
import { env } from "@/lib/env";
import { processGlobal } from "@/lib/process-global";

export type SharedRedis = { client: Redis; ready: Promise<void> };

/**
 * The one Redis connection of this process (rate limits, signed-out sessions), or null when
 * REDIS_URL is not set and every instance keeps its own state.
 */
export function sharedRedis(): SharedRedis | null {
  return processGlobal("redis", () => {
    const url = env().REDIS_URL;
    return url ? connectRedis(url) : null;
  });
}

/** A connection as the shared one is made: `redis://` or `rediss://` (TLS), credentials from the URL. */
export function connectRedis(url: string): SharedRedis {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  client.on("error", (error: Error) => console.warn(JSON.stringify({ event: "redis_error", reason: error.message })));
  // Commands are not queued while offline, so give a fresh connection a moment before the first use.
  const ready =
    client.status === "ready"
      ? Promise.resolve()
      : Promise.race([once(client, "ready").then(() => undefined), delay(2000)]).catch(() => undefined);
  return { client, ready };
}
