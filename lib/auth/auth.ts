import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import NextAuth from "next-auth";
import type { JWT } from "next-auth/jwt";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { env } from "@/lib/env";
import { refreshOnce } from "./refresh";
import { REFRESH_SCOPES, SIGN_IN_SCOPES } from "./scopes";
import { judgeTenant } from "./tenant";
import "./types";

/** Renew the access token this long before it expires, so a Graph call never carries a dying token. */
const REFRESH_MARGIN_SECONDS = 60;

/**
 * The token of the current `auth()` call, handed to server code without ever putting it in the
 * session object (which is public at /api/auth/session).
 */
const currentToken = new AsyncLocalStorage<{ token?: JWT }>();

const claim = (value: unknown): string => (typeof value === "string" ? value : "");

async function freshToken(token: JWT): Promise<JWT> {
  if (!token.accessToken || !token.expiresAt) return token;
  if (Date.now() / 1000 < token.expiresAt - REFRESH_MARGIN_SECONDS) return token;
  if (!token.refreshToken || !token.tid) return { ...token, error: "RefreshTokenError" };
  const e = env();
  try {
    const refreshed = await refreshOnce({
      refreshToken: token.refreshToken,
      tenantId: token.tid,
      issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
      clientId: e.AUTH_MICROSOFT_ENTRA_ID_ID,
      clientSecret: e.AUTH_MICROSOFT_ENTRA_ID_SECRET,
      scope: REFRESH_SCOPES,
    });
    return { ...token, ...refreshed, error: undefined };
  } catch (error) {
    console.warn(JSON.stringify({ event: "token_refresh_failed", oid: token.oid, tid: token.tid, reason: String(error) }));
    return { ...token, error: "RefreshTokenError" };
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const e = env();
  return {
    providers: [
      MicrosoftEntraID({
        clientId: e.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: e.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
        authorization: { params: { scope: SIGN_IN_SCOPES } },
        // The provider's default profile() downloads the user's photo into the cookie; we need none.
        profile: (claims) => ({
          id: claim(claims.oid) || claims.sub,
          name: claims.name ?? null,
          email: claim(claims.preferred_username) || claims.email,
        }),
      }),
    ],
    trustHost: e.AUTH_TRUST_HOST || undefined,
    session: { strategy: "jwt", maxAge: Math.round(e.SESSION_MAX_AGE_HOURS * 3600) },
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      signIn({ profile }) {
        const verdict = judgeTenant(typeof profile?.tid === "string" ? profile.tid : undefined, e.AUTH_ALLOWED_TENANTS);
        if (verdict === "personal-account") return "/personal-account";
        if (verdict === "tenant-not-allowed") return "/signin?error=TenantNotAllowed";
        return true;
      },
      async jwt({ token, account, profile }) {
        let next = token;
        if (account && profile) {
          next = {
            ...token,
            tid: claim(profile.tid),
            oid: claim(profile.oid) || claim(profile.sub),
            upn: claim(profile.preferred_username) || claim(profile.email),
            accessToken: account.access_token,
            refreshToken: account.refresh_token,
            expiresAt: account.expires_at,
          };
        } else {
          next = await freshToken(token);
        }
        const store = currentToken.getStore();
        if (store) store.token = next;
        return next;
      },
      session({ session, token }) {
        return {
          ...session,
          user: { name: token.name ?? null, email: token.upn ?? null, tenantId: token.tid ?? "", objectId: token.oid ?? "" },
          ...(token.error ? { error: token.error } : {}),
        };
      },
    },
  };
});

export type SignedInUser = { name: string | null; upn: string; tenantId: string; objectId: string; accessToken: string };

/** The signed-in user with a usable access token, or null (signed out, or the session could not be renewed). */
export async function currentUser(): Promise<SignedInUser | null> {
  const store: { token?: JWT } = {};
  const session = await currentToken.run(store, () => auth());
  const token = store.token;
  if (!session || session.error || !token?.accessToken || !token.oid || !token.tid) return null;
  return { name: token.name ?? null, upn: token.upn ?? "", tenantId: token.tid, objectId: token.oid, accessToken: token.accessToken };
}
