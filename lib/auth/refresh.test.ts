import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulators } from "@/emulators/server";
import { startTestEmulators } from "@/test/emulators";
import { refreshTokens, type RefreshInput } from "./refresh";
import { REFRESH_SCOPES, SIGN_IN_SCOPES } from "./scopes";

let emu: RunningEmulators;
const ADELE = "adele.vance@contoso.example";
const REDIRECT_URI = "http://localhost/api/auth/callback/microsoft-entra-id";

const contoso = () => emu.seed.tenants.find((t) => t.domain === "contoso.example")!;

/** The authorization code flow with PKCE, as a browser and Auth.js would run it, for one account. */
async function signInOverHttp(upn: string): Promise<{ refreshToken: string }> {
  const tenant = contoso().id;
  const verifier = randomBytes(32).toString("base64url");
  const authorize = new URL(`${emu.browserOrigin}/${tenant}/oauth2/v2.0/authorize`);
  for (const [name, value] of Object.entries({
    client_id: emu.seed.application.clientId,
    response_type: "code",
    redirect_uri: REDIRECT_URI,
    scope: SIGN_IN_SCOPES,
    prompt: "select_account",
    login_hint: upn,
    state: "s",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
  }))
    authorize.searchParams.set(name, value);

  const jar = new Map<string, string>();
  let next = authorize.href;
  for (let hop = 0; hop < 12; hop++) {
    const res = await fetch(next, {
      redirect: "manual",
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = res.headers.get("location");
    if (!location) throw new Error(`sign-in stopped at ${next} with ${res.status}`);
    const target = new URL(location, next);
    const code = target.href.startsWith(REDIRECT_URI) ? target.searchParams.get("code") : null;
    if (code) {
      const credentials = Buffer.from(`${emu.seed.application.clientId}:${emu.seed.application.clientSecret}`);
      const token = await fetch(`${emu.issuerFor(tenant)}`.replace("/v2.0", "/oauth2/v2.0/token"), {
        method: "POST",
        headers: {
          authorization: `Basic ${credentials.toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code,
          redirect_uri: REDIRECT_URI,
          code_verifier: verifier,
        }),
      });
      const body = (await token.json()) as { refresh_token?: string };
      if (!body.refresh_token) throw new Error("no refresh token");
      return { refreshToken: body.refresh_token };
    }
    next = target.href;
  }
  throw new Error("sign-in did not finish");
}

const refreshOf = (refreshToken: string): RefreshInput => ({
  refreshToken,
  tenantId: contoso().id,
  issuer: `${emu.issuerOrigin}/common/v2.0`,
  clientId: emu.seed.application.clientId,
  clientSecret: emu.seed.application.clientSecret,
  scope: REFRESH_SCOPES,
});
const refreshRequests = () => emu.state.grants.filter((g) => g.grantType === "refresh_token");

beforeAll(async () => {
  emu = await startTestEmulators();
});
afterAll(() => emu.stop());
beforeEach(() => emu.state.reset());

describe("refreshing the access token at Entra (emulated)", () => {
  it("gets a new refresh token with every refresh and hands it back to be stored", async () => {
    const { refreshToken: first } = await signInOverHttp(ADELE);
    const once = await refreshTokens(refreshOf(first));
    expect(once.ok).toBe(true);
    if (!once.ok) return;
    expect(once.tokens.refreshToken).not.toBe(first);
    expect(once.tokens.expiresAt).toBeGreaterThan(Date.now() / 1000);

    const twice = await refreshTokens(refreshOf(once.tokens.refreshToken));
    expect(twice.ok && twice.tokens.refreshToken).not.toBe(once.tokens.refreshToken);
    const [a, b] = refreshRequests();
    // The second refresh presented the token the first one issued.
    expect(b?.refreshTokenPresented).toBe(a?.refreshTokenIssued);
  });

  it("like Entra, leaves a replaced refresh token valid until it expires", async () => {
    const { refreshToken } = await signInOverHttp(ADELE);
    expect((await refreshTokens(refreshOf(refreshToken))).ok).toBe(true);
    expect((await refreshTokens(refreshOf(refreshToken))).ok).toBe(true);
  });

  it.each(["invalid_grant", "interaction_required"] as const)(
    "asks the person to sign in again after %s, without trying again",
    async (error) => {
      const { refreshToken } = await signInOverHttp(ADELE);
      emu.state.config.refreshErrors = [error];
      expect(await refreshTokens(refreshOf(refreshToken))).toEqual({ ok: false, reason: "sign-in-again", error });
      expect(refreshRequests().map((g) => g.error)).toEqual([error]);
    },
  );

  it("tries once more when Entra is temporarily unavailable", async () => {
    const { refreshToken } = await signInOverHttp(ADELE);
    emu.state.config.refreshErrors = ["temporarily_unavailable"];
    const outcome = await refreshTokens(refreshOf(refreshToken));
    expect(outcome.ok).toBe(true);
    expect(refreshRequests().map((g) => g.status)).toEqual([503, 200]);
  });

  it("gives up after the one retry when Entra stays unavailable", async () => {
    const { refreshToken } = await signInOverHttp(ADELE);
    emu.state.config.refreshErrors = ["temporarily_unavailable", "temporarily_unavailable", "temporarily_unavailable"];
    expect(await refreshTokens(refreshOf(refreshToken))).toEqual({
      ok: false,
      reason: "unavailable",
      error: "temporarily_unavailable",
    });
    expect(refreshRequests()).toHaveLength(2);
  });
});
