import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

const SECRET = "s".repeat(40);
const ORIGIN = "http://localhost:3999";
const SALT = "authjs.session-token";

beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  vi.stubEnv("AUTH_URL", ORIGIN);
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", "6a1d9f3e-4b2c-4e8a-9f10-2b3c4d5e6f70");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_SECRET", "secret");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "https://login.microsoftonline.com/organizations/v2.0");
  vi.stubEnv("REDIS_URL", undefined);
});

/** A signed-in session cookie as Auth.js writes it. */
async function sessionCookie(sid: string, extra: Record<string, unknown> = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const token = { sid, signedInAt: now, lastSeen: now, tid: "t", oid: "o", upn: "adele@contoso.example", ...extra };
  return `${SALT}=${await encode({ token, secret: SECRET, salt: SALT, maxAge: 3600 })}`;
}

describe("the session the browser may read (GET /api/auth/session)", () => {
  it("names the person and its end, and carries no token", async () => {
    const { handlers } = await import("./auth");
    const cookie = await sessionCookie("sid-public", {
      accessToken: "access-token-value",
      refreshToken: "refresh-token-value",
      expiresAt: Math.floor(Date.now() / 1000) + 3600,
      loginHint: "login-hint-value",
    });
    const res = await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/session`, { headers: { cookie } }));
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ user: { email: "adele@contoso.example" } });
    expect(body).toContain('"idleExpiresAt":');
    expect(body).not.toMatch(/access-token-value|refresh-token-value|login-hint-value|"server"/);
  });
});

describe("Auth.js's own sign-out (POST /api/auth/signout)", () => {
  it("puts the session on the signed-out list, so a copy of its cookie opens nothing", async () => {
    const { handlers } = await import("./auth");
    const { signedOutSessions } = await import("./revocation");
    const cookie = await sessionCookie("sid-built-in");

    const session = async (): Promise<unknown> =>
      (await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/session`, { headers: { cookie } }))).json();
    expect(await session()).toMatchObject({ user: { email: "adele@contoso.example" } });

    const csrf = await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const signedOut = await handlers.POST(
      new NextRequest(`${ORIGIN}/api/auth/signout`, {
        method: "POST",
        headers: { cookie: `${cookie}; ${csrfCookie}`, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/" }),
      }),
    );
    expect(signedOut.status).toBe(302);

    expect(await signedOutSessions().isRevoked("sid-built-in")).toBe(true);
    expect(await session()).toBeNull();
  });
});
