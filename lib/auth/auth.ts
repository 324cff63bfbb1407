import "server-only";
import { randomUUID } from "node:crypto";
import NextAuth, { type Session } from "next-auth";
import { headers } from "next/headers";
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

/** Built once per bundle, not per request: the configuration below is read on every request. */
const cookieCodec = sessionCookieCodec();

const maxAgeSeconds = (e: Env) => Math.round(e.SESSION_MAX_AGE_HOURS * 3600);

const claim = (value: unknown): string => (typeof value === "string" ? value : "");

/** Whether the access token is about to expire and is renewed by this request. */
const renewalDue = (token: JWT, now: number) =>
  !!token.accessToken && !!token.expiresAt && now >= token.expiresAt - REFRESH_MARGIN_SECONDS;

/** The activity time to record: `lastSeen` moves to the minute, so most requests leave it as it is. */
const activityAt = (token: JWT, now: number) =>
  now - (token.lastSeen ?? 0) >= ACTIVITY_RESOLUTION_SECONDS ? now : token.lastSeen;

async function freshToken(token: JWT, now: number): Promise<JWT> {
  if (!renewalDue(token, now)) return token;
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
    console.warn(
      JSON.stringify({ event: "token_refresh_failed", oid: token.oid, tid: token.tid, reason: String(error) }),
    );
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
        if (!account || !profile) return continueSession(token, e);
        const now = Math.floor(Date.now() / 1000);
        return {
          ...token,
          sid: randomUUID(),
          signedInAt: now,
          lastSeen: now,
          tid: claim(profile.tid),
          oid: claim(profile.oid) || claim(profile.sub),
          upn: claim(profile.preferred_username) || claim(profile.email),
          accessToken: account.access_token,
          refreshToken: account.refresh_token,
          expiresAt: account.expires_at,
        };
      },
      session: ({ session, token }) => publicSession(session, token, e),
    },
  };
});

/**
 * What every request does with an existing session, in the proxy (through Auth.js) and in pages:
 * end it after its lifetime, after idling too long or after sign-out (null), renew the access
 * token when it is about to expire, and record activity — to the minute, so that an unchanged
 * session keeps its cookie (session-cookie.ts).
 */
async function continueSession(token: JWT, e: Env, now = Math.floor(Date.now() / 1000)): Promise<JWT | null> {
  if (
    sessionVerdict(token, { maxAgeSeconds: maxAgeSeconds(e), idleSeconds: e.SESSION_IDLE_MINUTES * 60 }, now) !==
    "active"
  )
    return null;
  // A signed-out session stays ended, even if a copy of its cookie comes back.
  if (token.sid && (await signedOutSessions().isRevoked(token.sid))) return null;
  const next = await freshToken(token, now);
  return { ...next, lastSeen: activityAt(token, now) };
}

/** What the browser may know about the session: no tokens. */
function publicSession(session: Pick<Session, "expires">, token: JWT, e: Env): Session {
  return {
    ...session,
    absoluteExpiresAt: (token.signedInAt ?? 0) + maxAgeSeconds(e),
    idleExpiresAt: (token.lastSeen ?? 0) + e.SESSION_IDLE_MINUTES * 60,
    user: { name: token.name ?? null, email: token.upn ?? null, tenantId: token.tid ?? "", objectId: token.oid ?? "" },
    ...(token.error ? { error: token.error } : {}),
  };
}

/**
 * Whether Auth.js names the session cookie `__Secure-…` for this request: it does when the
 * portal's URL (AUTH_URL, or else the forwarded protocol, https by default) is https.
 */
function secureCookies(requestHeaders: Headers, e: Env): boolean {
  const protocol = e.AUTH_URL
    ? new URL(e.AUTH_URL).protocol
    : `${(requestHeaders.get("x-forwarded-proto") ?? "https").replace(/:$/, "")}:`;
  return protocol === "https:";
}

/** The session in this request's cookie, decrypted, or null. Only the cookie counts (no bearer header). */
async function tokenOf(requestHeaders: Headers, e: Env): Promise<JWT | null> {
  const cookie = requestHeaders.get("cookie") ?? "";
  if (!cookie) return null;
  return getToken({
    req: { headers: { cookie } },
    secret: e.AUTH_SECRET,
    secureCookie: secureCookies(requestHeaders, e),
    decode: (params) => cookieCodec.decode(params),
  }).catch(() => null);
}

/** The session as Auth.js would report it for this (continued) token. */
function sessionOf(token: JWT, e: Env): Session {
  return publicSession({ expires: new Date(Date.now() + maxAgeSeconds(e) * 1000).toISOString() }, token, e);
}

/**
 * The proxy's shortcut for the common case: a valid session that this request does not change
 * (no access token to renew, activity already recorded this minute). Auth.js would only set its
 * cookie again with the same value, so its whole request handling is skipped and no cookie is
 * written: the browser's copy keeps the expiry it got when its value last changed, which is later
 * than the session's own end (lifetime and idle timeout are enforced from the token). undefined
 * means "ask Auth.js": no session cookie, one that cannot be read, or a session that ends or
 * changes here and needs a new cookie — decided before any check that Auth.js would then repeat.
 */
export async function unchangedSession(requestHeaders: Headers): Promise<Session | undefined> {
  const e = env();
  const now = Math.floor(Date.now() / 1000);
  const stored = await tokenOf(requestHeaders, e);
  if (!stored || renewalDue(stored, now) || activityAt(stored, now) !== stored.lastSeen) return undefined;
  const token = await continueSession(stored, e, now);
  return token ? sessionOf(token, e) : undefined;
}

/**
 * Ends the session carried by this request's cookie on every instance, for the rest of its
 * lifetime. Deleting the cookie alone is not enough (see revocation.ts).
 */
export async function revokeSessionOf(request: Request): Promise<void> {
  const e = env();
  const token = await tokenOf(request.headers, e);
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
 * share one read. (A server action has no render to share, so it reads its own.) The proxy has
 * already run the same checks through Auth.js — and stored any renewed cookie, which a page
 * cannot — so this reads the cookie directly, with the same decryption and the same rules
 * (continueSession), rather than through a second full Auth.js request.
 */
const readSession = cache(async (): Promise<{ session: Session | null; token?: JWT }> => {
  const e = env();
  const stored = await tokenOf(await headers(), e);
  const token = stored && (await continueSession(stored, e));
  return token ? { session: sessionOf(token, e), token } : { session: null };
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
        const renewed = await refreshOnce({
          refreshToken,
          tenantId,
          issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
          clientId: e.AUTH_MICROSOFT_ENTRA_ID_ID,
          clientSecret: e.AUTH_MICROSOFT_ENTRA_ID_SECRET,
          scope: REFRESH_SCOPES,
          force: true,
        });
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
    if (token.refreshToken)
      experimental_taintUniqueValue("A refresh token must never reach the browser.", user, token.refreshToken);
  }
  return user;
}
