import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  /** What the browser may see (it is public at /api/auth/session): no tokens. */
  interface Session {
    user: { name?: string | null; email?: string | null; tenantId: string; objectId: string } & DefaultSession["user"];
    error?: "RefreshTokenError";
    /** When the sign-in ends regardless of activity (seconds since epoch). */
    absoluteExpiresAt: number;
    /** When the session ends unless the person does something (seconds since epoch). */
    idleExpiresAt: number;
    /**
     * Only in sessions read by server code (auth() in pages, actions and route handlers), never in
     * /api/auth/session: what the server calls Graph with and signs out with.
     */
    server?: {
      accessToken?: string;
      sid?: string;
      signedInAt?: number;
      loginHint?: string;
      renewedAt?: number;
      /** The sign-in's `acrs` and `auth_time` (lib/auth/step-up.ts). */
      acrs?: string[];
      authTime?: number;
      /** Directory role template ids from the id token's `wids` claim (the help-desk console's gate). */
      wids?: string[];
    };
    /** Sent through unstable_update to ask for a renewal after Graph refused the token; never stored. */
    renew?: true;
  }
}

declare module "next-auth/jwt" {
  /** Stored only in the encrypted session cookie. */
  interface JWT {
    tid?: string;
    oid?: string;
    upn?: string;
    accessToken?: string;
    refreshToken?: string;
    /** Access-token expiry, seconds since epoch. */
    expiresAt?: number;
    error?: "RefreshTokenError";
    /** This sign-in's id, so that signing out can end it everywhere (see revocation.ts). */
    sid?: string;
    /** Seconds since epoch. */
    signedInAt?: number;
    lastSeen?: number;
    /** Entra's opaque `login_hint` claim, handed to Entra's sign-out as `logout_hint`. */
    loginHint?: string;
    /** When a renewal asked for after a Graph 401 last ran (seconds since epoch). */
    renewedAt?: number;
    /** Conditional Access authentication contexts this sign-in satisfied (the id token's `acrs`). */
    acrs?: string[];
    /** When the person last authenticated at Entra (the id token's `auth_time`, seconds since epoch). */
    authTime?: number;
    /** Directory role template ids from the id token's optional `wids` claim, as at sign-in. */
    wids?: string[];
  }
}
