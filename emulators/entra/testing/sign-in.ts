import { createHash, randomBytes } from "node:crypto";
import { decodeJwt } from "jose";
import type { RunningEmulators } from "../../server";

const REDIRECT_URI = "http://localhost:3000/api/auth/callback/microsoft-entra-id";

export type SignInResult = {
  /** HTML pages the browser was shown, in order (the picker, the verify step …). */
  pages: string[];
  tokens: { access_token: string; id_token: string; refresh_token?: string };
  idToken: Record<string, unknown>;
  accessToken: Record<string, unknown>;
};

function hidden(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[match[1] ?? ""] = match[2] ?? "";
  }
  return fields;
}
const unescape = (value: string) => value.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/**
 * Drives the browser side of the authorization code flow with PKCE against the running
 * emulators (cookies, redirects, the account picker, the verify step) and redeems the code as
 * the portal does. `choose` answers each page: return the form fields to post.
 */
export async function signIn(
  emulators: RunningEmulators,
  tenantId: string,
  upn: string,
  extra: Record<string, string> = {},
): Promise<SignInResult> {
  const tenant = emulators.seed.tenants.find((t) => t.id === tenantId);
  const user = tenant?.users.find((u) => u.userPrincipalName === upn);
  if (!user) throw new Error(`no ${upn} in ${tenantId}`);
  const verifier = randomBytes(32).toString("base64url");
  const authorize = new URL(`${emulators.browserOrigin}/${tenantId}/oauth2/v2.0/authorize`);
  for (const [name, value] of Object.entries({
    client_id: emulators.seed.application.clientId,
    response_type: "code",
    redirect_uri: REDIRECT_URI,
    scope: "openid profile email offline_access User.Read",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    state: "s",
    nonce: "n",
    ...extra,
  })) {
    authorize.searchParams.set(name, value);
  }

  const cookies = new Map<string, string>();
  const pages: string[] = [];
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return response;
  };

  let response = await send(authorize.href);
  let code: string | null = null;
  for (let step = 0; step < 12 && !code; step++) {
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, response.url || authorize.href);
      if (next.href.startsWith(REDIRECT_URI)) {
        code = next.searchParams.get("code");
        if (!code) throw new Error(`sign-in failed: ${next.search}`);
        break;
      }
      response = await send(next.href);
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) throw new Error(`sign-in page ${response.status}: ${html}`);
    pages.push(html);
    const action = unescape(/<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? "");
    const fields: Record<string, string> = html.includes("Verify your identity") ? hidden(html) : { account: user.id };
    response = await send(new URL(action, emulators.browserOrigin).href, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  }
  if (!code) throw new Error("sign-in did not reach the redirect URI");

  const app = emulators.seed.application;
  const tokenResponse = await fetch(`${emulators.issuerOrigin}/${tenantId}/oauth2/v2.0/token`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString("base64")}`,
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
    }),
  });
  const tokens = (await tokenResponse.json()) as SignInResult["tokens"];
  if (tokenResponse.status !== 200)
    throw new Error(`token exchange ${tokenResponse.status}: ${JSON.stringify(tokens)}`);
  return { pages, tokens, idToken: decodeJwt(tokens.id_token), accessToken: decodeJwt(tokens.access_token) };
}
