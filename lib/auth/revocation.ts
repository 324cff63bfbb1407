import "server-only";
import { processGlobal } from "@/lib/process-global";
import { sharedRedis } from "@/lib/store/redis";

/** The part of a Redis client the list needs. */
export type RevocationStore = {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode: "EX", seconds: number): Promise<unknown>;
};

export type RevocationList = {
  /** Records that the session `sid` was signed out; remembered until `untilSeconds` (epoch). */
  revoke(sid: string, untilSeconds: number): Promise<void>;
  isRevoked(sid: string): Promise<boolean>;
};

const KEY_PREFIX = "keydesk:signed-out:";

/**
 * Sessions that were signed out. A session is only a cookie, and a response that was already on
 * its way when the person pressed "Sign out" can put a renewed copy of that cookie back; a copied
 * cookie can be replayed. Either is refused once its session id is on this list. With Redis the
 * list is shared by every instance; each instance also keeps its own copy, which is what it falls
 * back to (and logs) while Redis is unreachable.
 */
export function createRevocationList(
  store: RevocationStore | null,
  nowSeconds: () => number = () => Date.now() / 1000,
): RevocationList {
  const local = new Map<string, number>();
  const prune = (now: number) => {
    for (const [sid, until] of local) if (until <= now) local.delete(sid);
  };
  return {
    async revoke(sid, untilSeconds) {
      const now = nowSeconds();
      if (untilSeconds <= now) return;
      if (local.size > 1000) prune(now);
      local.set(sid, untilSeconds);
      if (!store) return;
      try {
        await store.set(KEY_PREFIX + sid, "1", "EX", Math.ceil(untilSeconds - now));
      } catch (error) {
        console.warn(
          JSON.stringify({
            event: "signout_not_shared",
            reason: error instanceof Error ? error.message : String(error),
          }),
        );
      }
    },
    async isRevoked(sid) {
      const until = local.get(sid);
      if (until !== undefined && until > nowSeconds()) return true;
      if (!store) return false;
      try {
        return (await store.get(KEY_PREFIX + sid)) !== null;
      } catch (error) {
        console.warn(
          JSON.stringify({
            event: "signout_check_unavailable",
            reason: error instanceof Error ? error.message : String(error),
          }),
        );
        return false;
      }
    },
  };
}

/** This process's list, shared through Redis when REDIS_URL is set. */
export function signedOutSessions(): RevocationList {
  return processGlobal("signed-out-sessions", () => {
    const shared = sharedRedis();
    if (!shared) return createRevocationList(null);
    const { client, ready } = shared;
    return createRevocationList({
      get: async (key) => (await ready, client.get(key)),
      set: async (key, value, mode, seconds) => (await ready, client.set(key, value, mode, seconds)),
    });
  });
}
