import { describe, expect, it, vi } from "vitest";
import { createRevocationList, type RevocationStore } from "./revocation";

function fakeRedis() {
  const values = new Map<string, { value: string; until: number }>();
  let now = 1000;
  const store: RevocationStore = {
    get: (key) => Promise.resolve(values.has(key) && values.get(key)!.until > now ? values.get(key)!.value : null),
    set: (key, value, _mode, seconds) => {
      values.set(key, { value, until: now + seconds });
      return Promise.resolve("OK");
    },
  };
  return { store, values, advance: (s: number) => (now += s), now: () => now };
}

describe("the signed-out session list", () => {
  it("refuses a signed-out session until its lifetime is over, and only that session", async () => {
    let now = 1000;
    const list = createRevocationList(null, () => now);
    await list.revoke("a", 1000 + 3600);
    expect(await list.isRevoked("a")).toBe(true);
    expect(await list.isRevoked("b")).toBe(false);
    now += 3601;
    expect(await list.isRevoked("a")).toBe(false);
  });

  it("shares a sign-out with the other instances through Redis, which forgets it when the session would have ended", async () => {
    const redis = fakeRedis();
    const here = createRevocationList(redis.store, redis.now);
    const there = createRevocationList(redis.store, redis.now);
    await here.revoke("s1", redis.now() + 120);
    expect(await there.isRevoked("s1")).toBe(true);
    expect(redis.values.get("keydesk:signed-out:s1")?.until).toBe(redis.now() + 120);
    redis.advance(121);
    expect(await there.isRevoked("s1")).toBe(false);
  });

  it("keeps refusing locally, and says so, while Redis is unreachable", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const down: RevocationStore = {
      get: () => Promise.reject(new Error("Connection is closed.")),
      set: () => Promise.reject(new Error("Connection is closed.")),
    };
    const list = createRevocationList(down, () => 1000);
    await list.revoke("s2", 2000);
    expect(await list.isRevoked("s2")).toBe(true);
    expect(await list.isRevoked("s3")).toBe(false);
    expect(warn.mock.calls.map(([line]) => JSON.parse(String(line)) as { event: string }).map((l) => l.event)).toEqual([
      "signout_not_shared",
      "signout_check_unavailable",
    ]);
    warn.mockRestore();
  });

  it("does not record a session that has already ended", async () => {
    const redis = fakeRedis();
    const list = createRevocationList(redis.store, redis.now);
    await list.revoke("old", redis.now() - 1);
    expect(redis.values.size).toBe(0);
  });
});
