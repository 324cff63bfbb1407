import { createHash } from "node:crypto";
import {
  decode as decodeJwt,
  encode as encodeJwt,
  type JWT,
  type JWTDecodeParams,
  type JWTEncodeParams,
} from "next-auth/jwt";
import { processGlobal } from "@/lib/process-global";

/** How long a decrypted session, or a cookie issued for an unchanged session, is reused. */
const REUSE_MS = 60_000;
const MAX_ENTRIES = 5_000;

type Remembered<T> = { value: T; at: number; exp: number };
type Caches = { decoded: Map<string, Remembered<JWT>>; issued: Map<string, Remembered<string>> };

/**
 * Auth.js's own session-cookie encryption, without repeating it for the same session.
 *
 * Every signed-in request reads the session in the proxy and in the page, and Auth.js encrypts
 * a fresh cookie each time it reads one — key derivation, a key thumbprint and AES/HMAC on every
 * read and every write, about a tenth of a busy server's CPU. A cookie decrypted in the last
 * minute is not decrypted again, and a session whose contents did not change (see `lastSeen`
 * in auth.ts) gets back the cookie it came with. The format stays Auth.js's (A256CBC-HS512 with
 * a key derived from AUTH_SECRET), so cookies from either path work everywhere. Entries live in
 * this process only, expire with the token, and are never written anywhere.
 */
export function sessionCookieCodec(now: () => number = Date.now) {
  const caches = processGlobal<Caches>("session-cookie-codec", () => ({ decoded: new Map(), issued: new Map() }));
  const remember = <T>(map: Map<string, Remembered<T>>, key: string, value: T, exp: number) => {
    if (map.size >= MAX_ENTRIES) {
      // Oldest first (a Map keeps insertion order): drop a tenth at once rather than one per insert.
      let drop = Math.ceil(MAX_ENTRIES / 10);
      for (const old of map.keys())
        if (drop-- > 0) map.delete(old);
        else break;
    }
    map.delete(key);
    map.set(key, { value, at: now(), exp });
  };
  const fresh = <T>(entry: Remembered<T> | undefined): entry is Remembered<T> =>
    !!entry && now() - entry.at < REUSE_MS && entry.exp * 1000 > now() + REUSE_MS;

  return {
    async encode(params: JWTEncodeParams): Promise<string> {
      const { token } = params;
      if (!token) return encodeJwt(params);
      const key = digest(params, contents(token));
      const known = caches.issued.get(key);
      if (fresh(known)) return known.value;
      const cookie = await encodeJwt(params);
      remember(caches.issued, key, cookie, Math.floor(now() / 1000) + (params.maxAge ?? 0));
      return cookie;
    },
    async decode(params: JWTDecodeParams): Promise<JWT | null> {
      if (!params.token) return null;
      const key = digest(params, params.token);
      const known = caches.decoded.get(key);
      if (fresh(known)) return { ...known.value };
      const payload = await decodeJwt(params);
      if (payload && typeof payload.exp === "number") {
        remember(caches.decoded, key, { ...payload }, payload.exp);
        // The cookie a request came with is the one to hand back while its session is unchanged.
        remember(caches.issued, digest(params, contents(payload)), params.token, payload.exp);
      }
      return payload;
    },
  };
}

/** The session's contents without what encryption adds (issued-at, expiry, a random id). */
function contents(token: JWT): string {
  const fields = Object.keys(token)
    .filter((name) => name !== "iat" && name !== "exp" && name !== "jti" && token[name] !== undefined)
    .sort();
  return JSON.stringify(fields.map((name) => [name, token[name]]));
}

/** Entries are specific to the secret and the cookie (salt) they were made with. */
const digest = ({ secret, salt }: { secret: string | string[]; salt: string }, value: string) =>
  createHash("sha256")
    .update(JSON.stringify([secret, salt]))
    .update("\0")
    .update(value)
    .digest("base64url");
