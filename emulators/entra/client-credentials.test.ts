import { generateKeyPairSync } from "node:crypto";
import { decodeJwt } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestEmulators } from "@/test/emulators";
import { APPLICATION_PERMISSIONS } from "../seed/directory-roles";
import type { SeedTenant } from "../seed/types";
import type { RunningEmulators } from "../server";
import type { RecordedGrant } from "../state";
import { GRAPH_DEFAULT, clientAssertion, control, tokenRequest } from "../testing/live";
import { GRAPH_AUDIENCE } from "./signing-keys";

let emulators: RunningEmulators;
let contoso: SeedTenant;
let fabrikam: SeedTenant;
let northwind: SeedTenant;
const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

beforeAll(async () => {
  emulators = await startTestEmulators();
  const byDomain = (domain: string) => emulators.seed.tenants.find((t) => t.domain === domain)!;
  contoso = byDomain("contoso.example");
  fabrikam = byDomain("fabrikam.example");
  northwind = byDomain("northwind.example");
});
afterAll(() => emulators.stop());
beforeEach(() => control(emulators, "POST", "/reset"));

const withSecret = (tenantId: string, extra: Record<string, string> = {}) =>
  tokenRequest(emulators, tenantId, {
    grant_type: "client_credentials",
    client_id: emulators.seed.application.clientId,
    client_secret: emulators.seed.application.clientSecret,
    scope: GRAPH_DEFAULT,
    ...extra,
  });

const withAssertion = async (tenantId: string, assertion: string) =>
  tokenRequest(emulators, tenantId, {
    grant_type: "client_credentials",
    client_id: emulators.seed.application.clientId,
    client_assertion_type: ASSERTION_TYPE,
    client_assertion: assertion,
    scope: GRAPH_DEFAULT,
  });

describe("client credentials with the client secret", () => {
  it("issues an app-only Graph token: roles from the tenant's consent, idtyp app, no scp", async () => {
    const { status, body } = await withSecret(northwind.id);
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3600, ext_expires_in: 3600 });
    const claims = decodeJwt(String(body.access_token));
    const clientId = emulators.seed.application.clientId;
    expect(claims).toMatchObject({
      aud: GRAPH_AUDIENCE,
      iss: emulators.issuerFor(northwind.id),
      tid: northwind.id,
      oid: northwind.servicePrincipal?.id,
      sub: northwind.servicePrincipal?.id,
      appid: clientId,
      azp: clientId,
      appidacr: "1",
      azpacr: "1",
      idtyp: "app",
    });
    expect([...(claims.roles as string[])].sort()).toEqual(Object.values(APPLICATION_PERMISSIONS).sort());
    expect(claims).not.toHaveProperty("scp");
    expect(claims).not.toHaveProperty("upn");
  });

  it("accepts the secret in an HTTP Basic header too, and records the grant", async () => {
    const { clientId, clientSecret } = emulators.seed.application;
    const { status } = await tokenRequest(
      emulators,
      contoso.id,
      { grant_type: "client_credentials", scope: GRAPH_DEFAULT },
      { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}` },
    );
    expect(status).toBe(200);
    const grants = (await (await fetch(`${emulators.browserOrigin}/_emulator/grants`)).json()) as Array<{
      grantType: string;
    }>;
    expect(grants.map((grant) => grant.grantType)).toContain("client_credentials");
  });

  it("puts only what was consented in each tenant into roles", async () => {
    const claims = decodeJwt(String((await withSecret(fabrikam.id)).body.access_token));
    expect(claims.roles).toEqual(["BitlockerKey.Read.All", "Device.Read.All"]);
    await control(emulators, "PUT", `/tenants/${fabrikam.id}/app-roles`, { roles: [] });
    expect(decodeJwt(String((await withSecret(fabrikam.id)).body.access_token))).not.toHaveProperty("roles");
  });

  it("refuses a wrong secret with AADSTS7000215", async () => {
    const { status, body } = await withSecret(contoso.id, { client_secret: "not-the-secret" });
    expect(status).toBe(401);
    expect(body.error).toBe("invalid_client");
    expect(String(body.error_description)).toMatch(/^AADSTS7000215: Invalid client secret provided/);
    expect(body.error_codes).toEqual([7000215]);
  });

  it("refuses an expired secret of the same application with AADSTS7000222, in Entra's error body", async () => {
    const { clientId, expiredClientSecret } = emulators.seed.application;
    const { status, body } = await withSecret(northwind.id, { client_secret: expiredClientSecret });
    expect(status).toBe(401);
    expect(body).toEqual({
      error: "invalid_client",
      error_description: expect.stringMatching(
        new RegExp(`^AADSTS7000222: The provided client secret keys for app '${clientId}' are expired\\.`),
      ) as unknown,
      error_codes: [7000222],
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/) as unknown,
      trace_id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      correlation_id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
    });
    // As Entra writes it: the reason first, then the ids support asks for, each on a line of its own.
    const lines = String(body.error_description).split("\r\n");
    expect(lines.slice(1)).toEqual([
      `Trace ID: ${String(body.trace_id)}`,
      `Correlation ID: ${String(body.correlation_id)}`,
      `Timestamp: ${String(body.timestamp)}`,
    ]);
    const grants = (await (await fetch(`${emulators.browserOrigin}/_emulator/grants`)).json()) as RecordedGrant[];
    expect(grants.at(-1)).toMatchObject({ grantType: "client_credentials", status: 401, error: "invalid_client" });
  });

  it("refuses a request without any credential", async () => {
    const { status, body } = await tokenRequest(emulators, contoso.id, {
      grant_type: "client_credentials",
      client_id: emulators.seed.application.clientId,
      scope: GRAPH_DEFAULT,
    });
    expect(status).toBe(401);
    expect(String(body.error_description)).toMatch(/^AADSTS7000218:/);
  });

  it("refuses another client id and a tenant that never consented to the application", async () => {
    const other = await withSecret(contoso.id, { client_id: "00000000-0000-4000-8000-000000000000" });
    expect(other.status).toBe(400);
    expect(other.body.error).toBe("unauthorized_client");
    const personal = emulators.seed.tenants.find((t) => t.domain === "outlook.example")!;
    const unconsented = await withSecret(personal.id);
    expect(unconsented.status).toBe(400);
    expect(String(unconsented.body.error_description)).toMatch(/^AADSTS700016: Application with identifier/);
  });

  it("needs a /.default scope of Microsoft Graph", async () => {
    const delegatedStyle = await withSecret(contoso.id, { scope: "User.Read" });
    expect(delegatedStyle.status).toBe(400);
    expect(delegatedStyle.body.error).toBe("invalid_scope");
    expect(String(delegatedStyle.body.error_description)).toMatch(/^AADSTS1002012:/);
    const otherResource = await withSecret(contoso.id, { scope: "https://vault.azure.net/.default" });
    expect(otherResource.body.error).toBe("invalid_resource");
    const missing = await tokenRequest(emulators, contoso.id, {
      grant_type: "client_credentials",
      client_id: emulators.seed.application.clientId,
      client_secret: emulators.seed.application.clientSecret,
    });
    expect(String(missing.body.error_description)).toMatch(/^AADSTS900144:/);
    const byAppId = await withSecret(contoso.id, { scope: `${GRAPH_AUDIENCE}/.default` });
    expect(byAppId.status).toBe(200);
  });

  it("answers 503 temporarily_unavailable while the token endpoint is down", async () => {
    await control(emulators, "PATCH", "/config", { tokenEndpointDown: true });
    const { status, body } = await withSecret(contoso.id);
    expect(status).toBe(503);
    expect(body.error).toBe("temporarily_unavailable");
  });
});

describe("client credentials with the certificate (private_key_jwt)", () => {
  it.each([
    ["PS256", "x5t#S256"],
    ["RS256", "x5t"],
  ] as const)(
    "accepts an %s assertion naming the certificate by %s; azpacr says certificate",
    async (alg, thumbprint) => {
      const { status, body } = await withAssertion(
        northwind.id,
        await clientAssertion(emulators, northwind.id, { alg, thumbprint }),
      );
      expect(status).toBe(200);
      const claims = decodeJwt(String(body.access_token));
      expect(claims).toMatchObject({ idtyp: "app", appidacr: "2", azpacr: "2", tid: northwind.id });
    },
  );

  it("refuses an assertion signed by another key under the registered thumbprint (AADSTS700027)", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const forged = await clientAssertion(emulators, contoso.id, {
      signingKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    });
    const { status, body } = await withAssertion(contoso.id, forged);
    expect(status).toBe(401);
    expect(body.error).toBe("invalid_client");
    expect(String(body.error_description)).toMatch(/^AADSTS700027:/);
  });

  it("refuses an assertion without a registered thumbprint", async () => {
    const { status, body } = await withAssertion(
      contoso.id,
      await clientAssertion(emulators, contoso.id, { thumbprint: "none" }),
    );
    expect(status).toBe(401);
    expect(String(body.error_description)).toMatch(/^AADSTS700027: The certificate with identifier/);
  });

  it("refuses an expired assertion (AADSTS700024)", async () => {
    const expired = await clientAssertion(emulators, contoso.id, { expiresIn: "-1h" });
    const { status, body } = await withAssertion(contoso.id, expired);
    expect(status).toBe(401);
    expect(String(body.error_description)).toMatch(/^AADSTS700024:/);
  });

  it("refuses an assertion for another tenant's token endpoint or from another issuer", async () => {
    const elsewhere = await clientAssertion(emulators, fabrikam.id);
    expect((await withAssertion(contoso.id, elsewhere)).status).toBe(401);
    const wrongIssuer = await clientAssertion(emulators, contoso.id, { issuer: "someone-else" });
    const { body } = await withAssertion(contoso.id, wrongIssuer);
    expect(String(body.error_description)).toMatch(/^AADSTS700021:/);
  });
});
