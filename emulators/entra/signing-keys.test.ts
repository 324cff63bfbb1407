import { importJWK, SignJWT } from "jose";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createAccessTokenVerifier, createSigningKeys, GRAPH_AUDIENCE, type SigningKeys } from "./signing-keys";

const ISSUER = "https://login.example/tenant/v2.0";
let keys: SigningKeys;
beforeAll(async () => {
  keys = await createSigningKeys();
});
afterEach(() => {
  vi.useRealTimers();
});

async function token(claims: { aud?: string; iss?: string; lifetime?: string; signer?: SigningKeys } = {}) {
  const signer = claims.signer ?? keys;
  return new SignJWT({
    oid: "user-1",
    tid: "tenant-1",
    upn: "megan@contoso.example",
    scp: "User.Read BitlockerKey.Read.All",
  })
    .setProtectedHeader({ alg: "RS256", kid: signer.privateJwk.kid })
    .setIssuer(claims.iss ?? ISSUER)
    .setAudience(claims.aud ?? GRAPH_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.lifetime ?? "1h")
    .sign(await importJWK(signer.privateJwk, "RS256"));
}

describe("Graph access-token verification", () => {
  it("accepts a token of a known issuer for Graph, again and again, with its claims", async () => {
    const verify = createAccessTokenVerifier(keys, new Set([ISSUER]));
    const good = await token();
    const expected = {
      oid: "user-1",
      tid: "tenant-1",
      upn: "megan@contoso.example",
      scp: ["User.Read", "BitlockerKey.Read.All"],
    };
    expect(await verify(good)).toEqual(expected);
    expect(await verify(good)).toEqual(expected);
  });

  it("rejects another audience, an unknown issuer and a foreign signature", async () => {
    const verify = createAccessTokenVerifier(keys, new Set([ISSUER]));
    expect(await verify(await token({ aud: "api://other" }))).toBeNull();
    expect(await verify(await token({ iss: "https://elsewhere.example/v2.0" }))).toBeNull();
    expect(await verify(await token({ signer: await createSigningKeys() }))).toBeNull();
  });

  it("rejects a token changed after an identical-looking one was accepted", async () => {
    const verify = createAccessTokenVerifier(keys, new Set([ISSUER]));
    const good = await token();
    expect(await verify(good)).not.toBeNull();
    const [header, payload, signature] = good.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, oid: "someone-else" })).toString("base64url");
    expect(await verify(`${header}.${forged}.${signature}`)).toBeNull();
  });

  it("stops accepting a token it accepted before once the token has expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const verify = createAccessTokenVerifier(keys, new Set([ISSUER]));
    const shortLived = await token({ lifetime: "2m" });
    expect(await verify(shortLived)).not.toBeNull();
    vi.setSystemTime(Date.now() + 60_000);
    expect(await verify(shortLived)).not.toBeNull();
    vi.setSystemTime(Date.now() + 90_000);
    expect(await verify(shortLived)).toBeNull();
  });
});
