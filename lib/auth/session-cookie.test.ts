import { decode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionCookieCodec } from "./session-cookie";

const secret = "a-test-secret-that-is-long-enough-123456";
const salt = "authjs.session-token";
const session = { sid: "s-1", oid: "o-1", tid: "t-1", accessToken: "at-1", signedInAt: 1000, lastSeen: 1000 };

function clock(start = Date.now()) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("the session cookie codec", () => {
  it("writes cookies Auth.js itself can read", async () => {
    const codec = sessionCookieCodec();
    const cookie = await codec.encode({ token: { ...session, sid: "compat" }, secret, salt, maxAge: 3600 });
    expect(await decode({ token: cookie, secret, salt })).toMatchObject({ ...session, sid: "compat" });
  });

  it("hands back the same cookie while the session is unchanged, and a new one when it changes", async () => {
    const t = clock();
    const codec = sessionCookieCodec(t.now);
    const first = await codec.encode({ token: { ...session, sid: "same" }, secret, salt, maxAge: 3600 });
    expect(
      await codec.encode({ token: { ...session, sid: "same", error: undefined }, secret, salt, maxAge: 3600 }),
    ).toBe(first);
    const renewed = await codec.encode({
      token: { ...session, sid: "same", accessToken: "at-2" },
      secret,
      salt,
      maxAge: 3600,
    });
    expect(renewed).not.toBe(first);
    expect(await decode({ token: renewed, secret, salt })).toMatchObject({ accessToken: "at-2" });
    t.advance(61_000);
    expect(await codec.encode({ token: { ...session, sid: "same" }, secret, salt, maxAge: 3600 })).not.toBe(first);
  });

  it("reads a cookie and gives the same cookie back for the same contents", async () => {
    const codec = sessionCookieCodec();
    const cookie = await sessionCookieCodec(() => Date.now() - 120_000).encode({
      token: { ...session, sid: "incoming" },
      secret,
      salt,
      maxAge: 3600,
    });
    const payload = await codec.decode({ token: cookie, secret, salt });
    expect(payload).toMatchObject({ ...session, sid: "incoming" });
    const { iat, exp, jti, ...contents } = payload!;
    expect([iat, exp, jti].every((v) => v !== undefined)).toBe(true);
    expect(await codec.encode({ token: contents, secret, salt, maxAge: 3600 })).toBe(cookie);
  });

  it("never accepts a cookie it cannot decrypt, and keeps nothing for it", async () => {
    const codec = sessionCookieCodec();
    const cookie = await codec.encode({ token: { ...session, sid: "tamper" }, secret, salt, maxAge: 3600 });
    const tampered = cookie.slice(0, -4) + (cookie.endsWith("AAAA") ? "BBBB" : "AAAA");
    await expect(codec.decode({ token: tampered, secret, salt })).rejects.toThrow();
    expect(await codec.decode({ token: cookie, secret, salt })).toMatchObject({ sid: "tamper" });
    // Read once with the right secret, still refused with another one.
    await expect(
      codec.decode({ token: cookie, secret: "another-secret-that-is-long-enough-000000", salt }),
    ).rejects.toThrow();
  });

  it("stops reusing a decrypted session when its token is about to expire", async () => {
    const t = clock();
    const codec = sessionCookieCodec(t.now);
    const cookie = await codec.encode({ token: { ...session, sid: "short" }, secret, salt, maxAge: 90 });
    expect(await codec.decode({ token: cookie, secret, salt })).toMatchObject({ sid: "short" });
    t.advance(45_000);
    // Within the reuse window, but the token ends in under a minute: a new cookie is issued.
    expect(await codec.encode({ token: { ...session, sid: "short" }, secret, salt, maxAge: 90 })).not.toBe(cookie);
  });
});
