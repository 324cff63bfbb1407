import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from "jose";
import type { Seed } from "../seed/types";
import { tenantIssuer, type EntraUrls } from "./tenant-provider";
import type { AccessTokenClaims } from "../graph/handler";

/** Microsoft Graph's application id: the `aud` of access tokens issued for Graph. */
export const GRAPH_AUDIENCE = "00000003-0000-0000-c000-000000000000";
export const GRAPH_RESOURCE = "https://graph.microsoft.com";

export type SigningKeys = { privateJwk: JWK; publicJwk: JWK };

/**
 * Entra signs tokens of every tenant with one shared key set, published at each tenant's
 * `discovery/v2.0/keys`; the emulator does the same with one RSA key made at start-up.
 */
export async function createSigningKeys(): Promise<SigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = `emu-${Date.now().toString(36)}`;
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: "RS256", use: "sig" };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  return { privateJwk, publicJwk };
}

/** How many verified tokens the Graph emulator remembers; each signed-in person holds one or two. */
const VERIFIED_TOKENS = 10_000;

/**
 * Graph's check of a bearer token: signature, audience, issuer, lifetime. The RSA signature check
 * dominated the emulator's CPU under load (several Graph calls per page, each verifying the same
 * token), so a token whose signature and claims passed once is remembered by its exact text and
 * only its lifetime (`exp`, `nbf`) is checked again on later calls. A different token — another
 * signature, a changed claim — is a different string and is verified in full.
 */
export function createAccessTokenVerifier(keys: SigningKeys, issuers: Set<string>) {
  const keyPromise = importJWK(keys.publicJwk, "RS256");
  const verified = new Map<string, { claims: AccessTokenClaims; exp: number; nbf: number }>();
  const current = (entry: { exp: number; nbf: number }) => {
    const now = Math.floor(Date.now() / 1000);
    return now < entry.exp && now >= entry.nbf;
  };
  return async (token: string): Promise<AccessTokenClaims | null> => {
    const known = verified.get(token);
    if (known) return current(known) ? known.claims : (verified.delete(token), null);
    try {
      const { payload } = await jwtVerify(token, await keyPromise, { audience: GRAPH_AUDIENCE });
      if (typeof payload.iss !== "string" || !issuers.has(payload.iss)) return null;
      const claims = graphClaims(payload);
      if (!claims) return null;
      if (typeof payload.exp === "number") {
        if (verified.size >= VERIFIED_TOKENS) verified.delete(verified.keys().next().value!);
        verified.set(token, { claims, exp: payload.exp, nbf: typeof payload.nbf === "number" ? payload.nbf : 0 });
      }
      return claims;
    } catch {
      return null;
    }
  };
}

/** Delegated tokens carry `scp`; app-only tokens carry `idtyp: "app"` and `roles` and no `scp`. */
function graphClaims(payload: JWTPayload): AccessTokenClaims | null {
  const { oid, tid, upn, scp, idtyp, roles } = payload;
  if (typeof oid !== "string" || typeof tid !== "string") return null;
  if (idtyp === "app") {
    if (scp !== undefined) return null;
    const granted = Array.isArray(roles) ? roles.filter((role): role is string => typeof role === "string") : [];
    return { oid, tid, upn: "", scp: [], idtyp: "app", roles: granted };
  }
  if (typeof scp !== "string") return null;
  return { oid, tid, upn: typeof upn === "string" ? upn : "", scp: scp.split(" ").filter(Boolean) };
}

/** An access token shaped like the ones the authorization flow issues (same key, claims and audience). */
export async function mintAccessToken(
  keys: SigningKeys,
  seed: Seed,
  urls: EntraUrls,
  upn: string,
  scopes = ["User.Read", "BitlockerKey.Read.All"],
): Promise<string> {
  const tenant = seed.tenants.find((t) => t.users.some((u) => u.userPrincipalName === upn));
  const user = tenant?.users.find((u) => u.userPrincipalName === upn);
  if (!tenant || !user) throw new Error(`no seed user ${upn}`);
  return new SignJWT({ oid: user.id, tid: tenant.id, upn, name: user.displayName, scp: scopes.join(" "), ver: "2.0" })
    .setProtectedHeader({ alg: "RS256", kid: keys.privateJwk.kid, typ: "at+jwt" })
    .setIssuer(tenantIssuer(urls, tenant.id))
    .setAudience(GRAPH_AUDIENCE)
    .setSubject(user.id)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(await importJWK(keys.privateJwk, "RS256"));
}
