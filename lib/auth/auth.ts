import "server-only";
import { randomUUID } from "node:crypto";
import NextAuth, { type Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { cache, experimental_taintObjectReference, experimental_taintUniqueValue } from "react";
import { z } from "zod";
import { env, type Env } from "@/lib/env";
import { refreshTokens } from "./refresh";
import { signedOutSessions } from "./revocation";
import { scopesFor } from "./scopes";
import { sessionVerdict } from "./session-policy";
import { acrsClaim, authTimeClaim } from "./step-up";
import { judgeTenant } from "./tenant";
import "./types";

/** Renew the access token this long before it expires, so a Graph call never carries a dying token. */
const REFRESH_MARGIN_SECONDS = 60;

/**
 * A renewal asked for after Graph refused a token is honoured at most this often: a token that
 * Graph refuses again right after its renewal needs a new sign-in, not another renewal.
 */
const RENEWAL_GUARD_SECONDS = 30;

const maxAgeSeconds = (e: Env) => Math.round(e.SESSION_MAX_AGE_HOURS * 3600);

const claim = (value: unknown): string => (typeof value === "string" ? value : "");

/** What `unstable_update` sends to ask for a renewal (see app/api/session/renew). */
const renewRequest = z.object({ renew: z.literal(true) });

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth((request) => {
  const e = env();
  // Auth.js passes no request when server code asks (auth() in a page, action or route handler).
  // Only then does the session carry the access token; /api/auth/session and the proxy never see it.
  const serverSide = request === undefined;
  return {
    providers: [
      MicrosoftEntraID({
        clientId: e.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: e.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
        // select_account: on a phone already signed in to another account, the person picks theirs.
        authorization: { params: { scope: scopesFor(e.KEY_ACCESS, e.HELPDESK).signIn, prompt: "select_account" } },
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
    pages: { signIn: "/signin", error: "/signin" },
    // Auth.js's own sign-out (POST /api/auth/signout, or signOut()) ends the session everywhere too.
    events: { signOut: (message) => revokeSession("token" in message ? message.token : null, e) },
    callbacks: {
      signIn({ profile }) {
        const verdict = judgeTenant(typeof profile?.tid === "string" ? profile.tid : undefined, e.AUTH_ALLOWED_TENANTS);
        if (verdict === "personal-account") return "/personal-account";
        if (verdict === "tenant-not-allowed") return "/signin?error=TenantNotAllowed";
        return true;
      },
      async jwt({ token, account, profile, trigger, session }) {
        if (!account || !profile) {
          const renew = trigger === "update" && renewRequest.safeParse(session).success;
          return continueSession(token, e, renew);
        }
        const now = Math.floor(Date.now() / 1000);
        return {
          ...token,
          sid: randomUUID(),
          signedInAt: now,
          lastSeen: now,
          tid: claim(profile.tid),
          oid: claim(profile.oid) || claim(profile.sub),
          upn: claim(profile.preferred_username) || claim(profile.email),
          // Entra's `login_hint` optional claim (short and opaque): lets sign-out skip Entra's account picker.
          loginHint: claim(profile.login_hint) || undefined,
          // What a reveal's step-up checks (lib/auth/step-up.ts): from the verified id token only.
          acrs: acrsClaim(profile.acrs),
          authTime: authTimeClaim(profile.auth_time) ?? undefined,
          wids: roleIds(profile.wids),
          accessToken: account.access_token,
          refreshToken: account.refresh_token,
          expiresAt: account.expires_at,
        };
      },
      session: ({ session, token }) => ({
        ...publicSession(session, token, e),
        ...(serverSide ? { server: serverPart(token) } : {}),
      }),
    },
  };
});

/**
 * What every request does with an existing session — once in the proxy, where Auth.js stores the
 * result in the cookie and hands it on to the page, and once more in the page or action (which
 * then finds nothing left to do): end it after its lifetime, after idling too long or after
 * sign-out (null); renew the access token when it is about to expire, or when Graph refused it
 * (`renew`); record activity. A failed renewal marks the session (`error`): the proxy and the
 * pages then send the person to sign in, back to the same page.
 */
async function continueSession(token: JWT, e: Env, renew: boolean, now = Math.floor(Date.now() / 1000)) {
  const limits = { maxAgeSeconds: maxAgeSeconds(e), idleSeconds: e.SESSION_IDLE_MINUTES * 60 };
  if (sessionVerdict(token, limits, now) !== "active") return null;
  // A signed-out session stays ended, even if a copy of its cookie comes back.
  if (token.sid && (await signedOutSessions().isRevoked(token.sid))) return null;
  // A failed renewal stands until the person signs in again (which replaces this session).
  if (token.error) return token;
  if (renew && now - (token.renewedAt ?? 0) < RENEWAL_GUARD_SECONDS)
    return { ...token, lastSeen: now, error: "RefreshTokenError" as const };
  const due = !!token.accessToken && !!token.expiresAt && now >= token.expiresAt - REFRESH_MARGIN_SECONDS;
  if (!due && !renew) return { ...token, lastSeen: now };
  return { ...(await renewed(token, e, now, renew)), lastSeen: now };
}

/** The token after a refresh: new access and refresh tokens, or marked so the person signs in again. */
async function renewed(token: JWT, e: Env, now: number, asked: boolean): Promise<JWT> {
  if (!token.refreshToken || !token.tid) return { ...token, error: "RefreshTokenError" };
  const outcome = await refreshTokens({
    refreshToken: token.refreshToken,
    tenantId: token.tid,
    issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
    clientId: e.AUTH_MICROSOFT_ENTRA_ID_ID,
    clientSecret: e.AUTH_MICROSOFT_ENTRA_ID_SECRET,
    scope: scopesFor(e.KEY_ACCESS, e.HELPDESK).refresh,
  });
  if (outcome.ok) return { ...token, ...outcome.tokens, error: undefined, ...(asked ? { renewedAt: now } : {}) };
  console.warn(
    JSON.stringify({
      event: "token_refresh_failed",
      oid: token.oid,
      tid: token.tid,
      reason: outcome.reason,
      error: outcome.error,
    }),
  );
  return { ...token, error: "RefreshTokenError" };
}

/** What the browser may know about the session: no tokens. */
function publicSession(session: Pick<Session, "expires">, token: JWT, e: Env): Session {
  return {
    expires: session.expires,
    absoluteExpiresAt: (token.signedInAt ?? 0) + maxAgeSeconds(e),
    idleExpiresAt: (token.lastSeen ?? 0) + e.SESSION_IDLE_MINUTES * 60,
    user: { name: token.name ?? null, email: token.upn ?? null, tenantId: token.tid ?? "", objectId: token.oid ?? "" },
    ...(token.error ? { error: token.error } : {}),
  };
}

/** What server code needs beyond the public part. The refresh token stays in the cookie. */
function serverPart(token: JWT): NonNullable<Session["server"]> {
  return {
    accessToken: token.accessToken,
    sid: token.sid,
    signedInAt: token.signedInAt,
    loginHint: token.loginHint,
    renewedAt: token.renewedAt,
    acrs: token.acrs,
    authTime: token.authTime,
    wids: token.wids,
  };
}

/** The `wids` claim's role template ids (GUIDs only, a bounded number), or none. */
function roleIds(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ids = value.filter((id): id is string => typeof id === "string" && /^[0-9a-f-]{36}$/i.test(id));
  return ids.length > 0 ? ids.slice(0, 50).map((id) => id.toLowerCase()) : undefined;
}

/**
 * Ends a session on every instance, for the rest of its lifetime. Deleting the cookie alone is
 * not enough (see revocation.ts).
 */
export async function revokeSession(
  token: Pick<JWT, "sid" | "signedInAt"> | null | undefined,
  e: Env = env(),
): Promise<void> {
  if (!token?.sid) return;
  await signedOutSessions().revoke(token.sid, (token.signedInAt ?? Date.now() / 1000) + maxAgeSeconds(e));
}

/** The session through Auth.js, once per request: the header, the page and its helpers share it. */
export const serverSession = cache(async (): Promise<Session | null> => auth());

/** What the browser may know about the session (no tokens), or null when signed out. */
export async function currentSession(): Promise<Session | null> {
  const session = await serverSession();
  if (!session) return null;
  const visible: Session = { ...session };
  delete visible.server;
  return visible;
}

export type SignedInUser = {
  name: string | null;
  upn: string;
  tenantId: string;
  objectId: string;
  accessToken: string;
};

/** The signed-in user with a usable access token, or null (signed out, or the session could not be renewed). */
export async function currentUser(): Promise<SignedInUser | null> {
  const session = await serverSession();
  const accessToken = session?.server?.accessToken;
  if (!session || session.error || !accessToken || !session.user.objectId || !session.user.tenantId) return null;
  const user: SignedInUser = {
    name: session.user.name ?? null,
    upn: session.user.email ?? "",
    tenantId: session.user.tenantId,
    objectId: session.user.objectId,
    accessToken,
  };
  // Tokens are for server code only: React refuses to serialise this value (or this object)
  // into anything sent to the browser. The taint lasts as long as this request's session.
  if (typeof experimental_taintUniqueValue === "function") {
    experimental_taintObjectReference("The signed-in user holds an access token; pass its fields instead.", user);
    experimental_taintUniqueValue("An access token must never reach the browser.", session, accessToken);
  }
  return user;
}
