import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import NextAuth, { type Session } from "next-auth";
import { cache, experimental_taintObjectReference, experimental_taintUniqueValue } from "react";
import { getToken, type JWT } from "next-auth/jwt";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { env, type Env } from "@/lib/env";
import { refreshOnce } from "./refresh";
import { signedOutSessions } from "./revocation";
import { sessionCookieCodec } from "./session-cookie";
import { REFRESH_SCOPES, SIGN_IN_SCOPES } from "./scopes";
import { sessionVerdict } from "./session-policy";
import { judgeTenant } from "./tenant";
import "./types";

/** How precisely the idle timeout follows activity. */
const ACTIVITY_RESOLUTION_SECONDS = 60;

/** Renew the access token this long before it expires, so a Graph call never carries a dying token. */
const REFRESH_MARGIN_SECONDS = 60;

/**
 * The token of the current `auth()` call, handed to server code without ever putting it in the
 * session object (which is public at /api/auth/session).
 */
const currentToken = new AsyncLocalStorage<{ token?: JWT }>();

/** Built once per bundle, not per request: the configuration below is read on every request. */
const cookieCodec = sessionCookieCodec();

const maxAgeSeconds = (e: Env) => Math.round(e.SESSION_MAX_AGE_HOURS * 3600);

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
    session: { strategy: "jwt", maxAge: maxAgeSeconds(e) },
    jwt: cookieCodec,
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      signIn({ profile }) {
        const verdict = judgeTenant(typeof profile?.tid === "string" ? profile.tid : undefined, e.AUTH_ALLOWED_TENANTS);
        if (verdict === "personal-account") return "/personal-account";
        if (verdict === "tenant-not-allowed") return "/signin?error=TenantNotAllowed";
        return true;
      },
      async jwt({ token, account, profile }) {
        const now = Math.floor(Date.now() / 1000);
        let next: JWT = token;
        if (account && profile) {
          next = {
            ...token,
            sid: randomUUID(),
            signedInAt: now,
            tid: claim(profile.tid),
            oid: claim(profile.oid) || claim(profile.sub),
            upn: claim(profile.preferred_username) || claim(profile.email),
            accessToken: account.access_token,
            refreshToken: account.refresh_token,
            expiresAt: account.expires_at,
          };
        } else {
          // Returning null ends the session: after the absolute lifetime, or after idling too long.
          if (sessionVerdict(token, { maxAgeSeconds: maxAgeSeconds(e), idleSeconds: e.SESSION_IDLE_MINUTES * 60 }, now) !== "active") return null;
          // A signed-out session stays ended, even if a copy of its cookie comes back.
          if (token.sid && (await signedOutSessions().isRevoked(token.sid))) return null;
          next = await freshToken(token);
        }
        // Activity is recorded to the minute: an unchanged session keeps its cookie (session-cookie.ts).
        next = { ...next, lastSeen: account || now - (token.lastSeen ?? 0) >= ACTIVITY_RESOLUTION_SECONDS ? now : token.lastSeen };
        const store = currentToken.getStore();
        if (store) store.token = next;
        return next;
      },
      session({ session, token }) {
        return {
          ...session,
          absoluteExpiresAt: (token.signedInAt ?? 0) + maxAgeSeconds(e),
          idleExpiresAt: (token.lastSeen ?? 0) + e.SESSION_IDLE_MINUTES * 60,
          user: { name: token.name ?? null, email: token.upn ?? null, tenantId: token.tid ?? "", objectId: token.oid ?? "" },
          ...(token.error ? { error: token.error } : {}),
        };
      },
    },
  };
});

/**
 * Ends the session carried by this request's cookie on every instance, for the rest of its
 * lifetime. Deleting the cookie alone is not enough (see revocation.ts).
 */
export async function revokeSessionOf(request: Request): Promise<void> {
  const e = env();
  const secureCookie = /(?:^|;\s*)__Secure-authjs\.session-token/.test(request.headers.get("cookie") ?? "");
  const token = await getToken({ req: request, secret: e.AUTH_SECRET, secureCookie }).catch(() => null);
  if (!token?.sid) return;
  await signedOutSessions().revoke(token.sid, (token.signedInAt ?? Date.now() / 1000) + maxAgeSeconds(e));
}

export type SignedInUser = {
  name: string | null;
  upn: string;
  tenantId: string;
  objectId: string;
  accessToken: string;
  /** A new access token from the refresh token, when Graph refused the current one; null if that fails. */
  renewAccessToken: () => Promise<string | null>;
};

/**
 * The session and its token, read once per page render: the header, the page and its helpers
 * share one cookie decryption. (A server action has no render to share, so it reads its own.)
 */
const readSession = cache(async (): Promise<{ session: Session | null; token?: JWT }> => {
  const store: { token?: JWT } = {};
  const session = await currentToken.run(store, () => auth());
  return { session, token: store.token };
});

/** What the browser may know about the session (no tokens), or null when signed out. */
export async function currentSession(): Promise<Session | null> {
  return (await readSession()).session;
}

/** The signed-in user with a usable access token, or null (signed out, or the session could not be renewed). */
export async function currentUser(): Promise<SignedInUser | null> {
  const { session, token } = await readSession();
  if (!session || session.error || !token?.accessToken || !token.oid || !token.tid) return null;
  const refreshToken = token.refreshToken;
  const tenantId = token.tid;
  const user: SignedInUser = {
    name: token.name ?? null,
    upn: token.upn ?? "",
    tenantId,
    objectId: token.oid,
    accessToken: token.accessToken,
    renewAccessToken: async () => {
      if (!refreshToken) return null;
      const e = env();
      try {
        const renewed = await refreshOnce({ refreshToken, tenantId, issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER, clientId: e.AUTH_MICROSOFT_ENTRA_ID_ID, clientSecret: e.AUTH_MICROSOFT_ENTRA_ID_SECRET, scope: REFRESH_SCOPES, force: true });
        return renewed.accessToken;
      } catch {
        return null;
      }
    },
  };
  // Tokens are for server code only: React refuses to serialise these values (or this object)
  // into anything sent to the browser. The taint lasts as long as this request's user object.
  if (typeof experimental_taintUniqueValue === "function") {
    experimental_taintObjectReference("The signed-in user holds an access token; pass its fields instead.", user);
    experimental_taintUniqueValue("An access token must never reach the browser.", user, token.accessToken);
    if (token.refreshToken) experimental_taintUniqueValue("A refresh token must never reach the browser.", user, token.refreshToken);
  }
  return user;
}
