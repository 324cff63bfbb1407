import "server-only";
import { z } from "zod";
import { withDeadline } from "@/lib/deadline";
import { issuerForTenant } from "./tenant";

export type TokenSet = { accessToken: string; refreshToken: string; expiresAt: number };
export type RefreshInput = {
  refreshToken: string;
  tenantId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
};
/**
 * What a refresh came to. `sign-in-again`: Entra wants the person back (`invalid_grant`: the
 * grant expired or was revoked; `interaction_required`: MFA or a Conditional Access policy);
 * `unavailable`: Entra stayed `temporarily_unavailable` after one retry; `failed`: anything else.
 */
export type RefreshOutcome =
  { ok: true; tokens: TokenSet } | { ok: false; reason: "sign-in-again" | "unavailable" | "failed"; error?: string };

const tokenResponse = z.object({
  access_token: z.string(),
  refresh_token: z.string().optional(),
  expires_in: z.coerce.number(),
});
const errorResponse = z.object({ error: z.string() });
const discovery = z.object({ token_endpoint: z.url() });

const SIGN_IN_AGAIN = new Set(["invalid_grant", "interaction_required"]);
const DEADLINE_MS = 10_000;

async function tokenEndpoint(issuer: string): Promise<string> {
  return withDeadline(DEADLINE_MS, async (signal) => {
    const res = await fetch(`${issuer}/.well-known/openid-configuration`, { cache: "no-store", signal });
    if (!res.ok) throw new Error(`discovery for ${issuer} answered ${res.status}`);
    return discovery.parse(await res.json()).token_endpoint;
  });
}

type Attempt = { ok: true; tokens: TokenSet } | { ok: false; error: string };

async function redeem(endpoint: string, input: RefreshInput): Promise<Attempt> {
  const credentials = Buffer.from(
    `${encodeURIComponent(input.clientId)}:${encodeURIComponent(input.clientSecret)}`,
  ).toString("base64");
  return withDeadline(DEADLINE_MS, async (signal) => {
    const res = await fetch(endpoint, {
      method: "POST",
      cache: "no-store",
      signal,
      headers: { authorization: `Basic ${credentials}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: input.refreshToken, scope: input.scope }),
    });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) return { ok: false, error: errorResponse.safeParse(body).data?.error ?? `http_${res.status}` };
    const tokens = tokenResponse.parse(body);
    return {
      ok: true,
      tokens: {
        accessToken: tokens.access_token,
        // Entra hands out a new refresh token with every refresh: that one is kept from now on.
        refreshToken: tokens.refresh_token ?? input.refreshToken,
        expiresAt: Math.floor(Date.now() / 1000) + tokens.expires_in,
      },
    };
  });
}

/**
 * Redeems the refresh token at the tenant's token endpoint, branching on the OAuth `error` code
 * (never on its description): `temporarily_unavailable` is tried once more, the rest end here.
 */
export async function refreshTokens(input: RefreshInput): Promise<RefreshOutcome> {
  try {
    const endpoint = await tokenEndpoint(issuerForTenant(input.issuer, input.tenantId));
    let attempt = await redeem(endpoint, input);
    if (!attempt.ok && attempt.error === "temporarily_unavailable") attempt = await redeem(endpoint, input);
    if (attempt.ok) return attempt;
    if (SIGN_IN_AGAIN.has(attempt.error)) return { ok: false, reason: "sign-in-again", error: attempt.error };
    if (attempt.error === "temporarily_unavailable") return { ok: false, reason: "unavailable", error: attempt.error };
    return { ok: false, reason: "failed", error: attempt.error };
  } catch (error) {
    return { ok: false, reason: "failed", error: error instanceof Error ? error.name : "unknown" };
  }
}
