import "server-only";
import { z } from "zod";
import { withDeadline } from "@/lib/deadline";
import { processGlobal } from "@/lib/process-global";
import { issuerForTenant } from "./tenant";

export type TokenSet = { accessToken: string; refreshToken: string; expiresAt: number };
export type RefreshInput = {
  refreshToken: string;
  tenantId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  /** Skip the reuse of a recent result: the token it produced was just refused. */
  force?: boolean;
};

const tokenResponse = z.object({
  access_token: z.string(),
  refresh_token: z.string().optional(),
  expires_in: z.coerce.number(),
});
const discovery = z.object({ token_endpoint: z.url() });

/** Process-wide (see processGlobal): one refresh per token for the whole process. */
type RefreshState = {
  tokenEndpoints: Map<string, Promise<string>>;
  /** Refreshes in flight or just finished, by refresh token (see refreshOnce). */
  recent: Map<string, { result: Promise<TokenSet>; at: number }>;
};
const { tokenEndpoints, recent } = processGlobal<RefreshState>("auth-refresh", () => ({
  tokenEndpoints: new Map(),
  recent: new Map(),
}));
const KEEP_MS = 60_000;

function tokenEndpointFor(issuer: string): Promise<string> {
  let endpoint = tokenEndpoints.get(issuer);
  if (!endpoint) {
    endpoint = withDeadline(10_000, async (signal) => {
      const res = await fetch(`${issuer}/.well-known/openid-configuration`, { cache: "no-store", signal });
      if (!res.ok) throw new Error(`discovery for ${issuer} answered ${res.status}`);
      return discovery.parse(await res.json()).token_endpoint;
    }).catch((error: unknown) => {
      tokenEndpoints.delete(issuer);
      throw error;
    });
    tokenEndpoints.set(issuer, endpoint);
  }
  return endpoint;
}

async function redeem(input: RefreshInput): Promise<TokenSet> {
  const endpoint = await tokenEndpointFor(issuerForTenant(input.issuer, input.tenantId));
  const credentials = Buffer.from(
    `${encodeURIComponent(input.clientId)}:${encodeURIComponent(input.clientSecret)}`,
  ).toString("base64");
  const body = await withDeadline(10_000, async (signal) => {
    const res = await fetch(endpoint, {
      method: "POST",
      cache: "no-store",
      signal,
      headers: { authorization: `Basic ${credentials}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: input.refreshToken, scope: input.scope }),
    });
    if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
    return tokenResponse.parse(await res.json());
  });
  return {
    accessToken: body.access_token,
    // Entra may omit a new refresh token; the old one stays valid then.
    refreshToken: body.refresh_token ?? input.refreshToken,
    expiresAt: Math.floor(Date.now() / 1000) + body.expires_in,
  };
}

/**
 * One refresh per refresh token. Next.js runs the session callbacks twice per request (in the
 * proxy, which can store the new cookie, and in the page, which still sees the old one); the
 * second caller gets the first caller's result instead of spending the refresh token again.
 */
export function refreshOnce(input: RefreshInput): Promise<TokenSet> {
  const now = Date.now();
  for (const [key, entry] of recent) if (now - entry.at > KEEP_MS) recent.delete(key);
  const existing = recent.get(input.refreshToken);
  if (existing && !input.force) return existing.result;
  const result = redeem(input);
  recent.set(input.refreshToken, { result, at: now });
  result.catch(() => undefined);
  return result;
}
