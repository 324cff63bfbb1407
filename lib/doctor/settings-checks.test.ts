import { describe, expect, it } from "vitest";
import { checkAuthUrl } from "./auth-url";
import { expectCheck } from "@/test/expect-check";
import { checkCloudMatch, checkGraphFormat } from "./graph";
import { checkIssuerFormat, multiTenantAdvice, suggestIssuer } from "./issuer-format";
import { checkAuthSecret, estimateBits } from "./secret";
import { checkVariables } from "./variables";

const TENANT = "3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75";
const valid = {
  AUTH_SECRET: "kR9vT2xQm7LpW4zN8bY1cF6hJ3sD5gA0eU+/iO=",
  AUTH_URL: "https://keys.contoso.com",
  AUTH_MICROSOFT_ENTRA_ID_ID: "6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63",
  AUTH_MICROSOFT_ENTRA_ID_SECRET: "client-secret-value",
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: `https://login.microsoftonline.com/${TENANT}/v2.0`,
};

describe("missing and invalid variables", () => {
  it("names every missing variable, each with a fix", () => {
    const { results, env } = checkVariables({});
    expect(env).toBeNull();
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ["variables.AUTH_SECRET", "error"],
      ["variables.AUTH_MICROSOFT_ENTRA_ID_ID", "error"],
      ["variables.AUTH_MICROSOFT_ENTRA_ID_SECRET", "error"],
      ["variables.AUTH_MICROSOFT_ENTRA_ID_ISSUER", "error"],
    ]);
    expect(results[0]?.fix).toMatch(/openssl rand -base64 33/);
  });

  it("reports an invalid value with the reason lib/env.ts gives", () => {
    const { results } = checkVariables({ ...valid, AUTH_MICROSOFT_ENTRA_ID_ID: "keydesk" });
    expect(results).toHaveLength(1);
    expectCheck(results[0], "error", /AUTH_MICROSOFT_ENTRA_ID_ID must be the application \(client\) id/);
  });

  it("passes a complete configuration", () => {
    const { results } = checkVariables(valid);
    expect(results).toHaveLength(1);
    expectCheck(results[0], "ok");
  });
});

describe("issuer format", () => {
  it.each([
    [`https://login.microsoftonline.com/${TENANT}/v2.0/`, /ends with a slash/],
    [`https://login.microsoftonline.com/${TENANT}`, /does not end with \/v2\.0/],
    [`http://login.microsoftonline.com/${TENANT}/v2.0`, /does not use https/],
    [`https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`, /discovery document/],
  ])("rejects %s and offers the corrected issuer", (issuer, reason) => {
    const [result] = checkIssuerFormat({ AUTH_MICROSOFT_ENTRA_ID_ISSUER: issuer });
    expectCheck(result, "error", reason);
    expect(result?.fix).toBe(`Set AUTH_MICROSOFT_ENTRA_ID_ISSUER=https://login.microsoftonline.com/${TENANT}/v2.0`);
  });

  it("turns an authorize endpoint into the issuer", () => {
    expect(suggestIssuer(`https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`)).toBe(
      `https://login.microsoftonline.com/${TENANT}/v2.0`,
    );
  });

  it("tells single-tenant, organizations, common, consumers and domain names apart", () => {
    const status = (segment: string, extra: Record<string, string> = {}) =>
      checkIssuerFormat({
        AUTH_MICROSOFT_ENTRA_ID_ISSUER: `https://login.microsoftonline.com/${segment}/v2.0`,
        ...extra,
      })[0]?.status;
    expect(status(TENANT)).toBe("ok");
    expect(status("organizations")).toBe("warn");
    expect(status("organizations", { AUTH_ALLOWED_TENANTS: TENANT })).toBe("ok");
    expect(status("common")).toBe("warn");
    expect(status("consumers")).toBe("error");
    expect(status("contoso.onmicrosoft.com")).toBe("error");
  });

  it("on national clouds asks for the tenant-specific issuer, never …/organizations/v2.0", () => {
    for (const host of ["login.microsoftonline.us", "login.chinacloudapi.cn", "login.partner.microsoftonline.cn"]) {
      const [organizations] = checkIssuerFormat({
        AUTH_MICROSOFT_ENTRA_ID_ISSUER: `https://${host}/organizations/v2.0`,
        AUTH_ALLOWED_TENANTS: TENANT,
      });
      expectCheck(organizations, "error", /only on login\.microsoftonline\.com/, `https://${host}/<tenant-id>/v2.0`);
      const [common] = checkIssuerFormat({ AUTH_MICROSOFT_ENTRA_ID_ISSUER: `https://${host}/common/v2.0` });
      expectCheck(common, "warn", /common/, `https://${host}/<tenant-id>/v2.0`);
      expect(`${organizations?.fix} ${common?.fix}`).not.toContain("organizations/v2.0");
      const [single] = checkIssuerFormat({ AUTH_MICROSOFT_ENTRA_ID_ISSUER: `https://${host}/${TENANT}/v2.0` });
      expect(single?.status).toBe("ok");
    }
  });

  it("keeps recommending …/organizations/v2.0 on login.microsoftonline.com", () => {
    const [common] = checkIssuerFormat({
      AUTH_MICROSOFT_ENTRA_ID_ISSUER: "https://login.microsoftonline.com/common/v2.0",
    });
    expect(common?.fix).toContain("organizations/v2.0");
    expect(multiTenantAdvice("https://login.microsoftonline.com/organizations/v2.0")).toContain("organizations/v2.0");
    expect(multiTenantAdvice("https://login.microsoftonline.us/organizations/v2.0")).toContain(
      "https://login.microsoftonline.us/<tenant-id>/v2.0",
    );
  });
});

describe("AUTH_URL", () => {
  const check = (AUTH_URL?: string, AUTH_TRUST_HOST?: string) => checkAuthUrl({ AUTH_URL, AUTH_TRUST_HOST });

  it("accepts the public https origin and names the redirect URI to register", () => {
    expectCheck(
      check("https://keys.contoso.com"),
      "ok",
      "https://keys.contoso.com/api/auth/callback/microsoft-entra-id",
    );
  });

  it.each([
    ["http://keys.contoso.com", /plain http/, "https://keys.contoso.com"],
    ["https://keys.contoso.com/", /ends with a slash/, "https://keys.contoso.com"],
    ["https://contoso.com/keys", /has a path/, "https://contoso.com"],
  ])("rejects %s", (url, reason, fixed) => {
    expectCheck(check(url), "error", reason, fixed);
  });

  it("is an error when unset without a trusted proxy, a warning behind one, and a warning on localhost", () => {
    expect(check().status).toBe("error");
    expect(check(undefined, "true").status).toBe("warn");
    expect(check("http://localhost:3000").status).toBe("warn");
  });
});

describe("AUTH_SECRET strength", () => {
  it("rejects repeated characters, placeholders and a reused client secret; never prints the value", () => {
    expect(checkAuthSecret({ AUTH_SECRET: "s".repeat(40) }).status).toBe("error");
    expect(checkAuthSecret({ AUTH_SECRET: "please-changeme-before-going-live-2024" }).status).toBe("error");
    expect(
      checkAuthSecret({ AUTH_SECRET: valid.AUTH_SECRET, AUTH_MICROSOFT_ENTRA_ID_SECRET: valid.AUTH_SECRET }).status,
    ).toBe("error");
    const good = checkAuthSecret({ AUTH_SECRET: valid.AUTH_SECRET });
    expect(good.status).toBe("ok");
    expect(JSON.stringify(good)).not.toContain(valid.AUTH_SECRET);
  });

  it("rejects a short pattern repeated to reach the minimum length", () => {
    expect(checkAuthSecret({ AUTH_SECRET: "qwrtzpsdqwrtzpsdqwrtzpsdqwrtzpsd" }).status).toBe("error");
  });

  it("rates 128 random bits written in hex as strong", () => {
    expect(estimateBits("9f86d081884c7d659a2feaa0c55ad015")).toBeGreaterThanOrEqual(128);
  });
});

describe("Graph base URL", () => {
  it("needs https and the host only", () => {
    expect(checkGraphFormat({}).status).toBe("ok");
    expect(checkGraphFormat({ GRAPH_BASE_URL: "http://graph.microsoft.com" }).status).toBe("error");
    expect(checkGraphFormat({ GRAPH_BASE_URL: "https://graph.microsoft.com/v1.0" })).toMatchObject({
      status: "error",
      fix: "Use https://graph.microsoft.com.",
    });
  });

  it("catches an issuer and a Graph host from different clouds", () => {
    const usIssuer = `https://login.microsoftonline.us/${TENANT}/v2.0`;
    expect(checkCloudMatch({ AUTH_MICROSOFT_ENTRA_ID_ISSUER: usIssuer })).toMatchObject({
      status: "error",
      fix: "Set GRAPH_BASE_URL=https://graph.microsoft.us.",
    });
    expect(
      checkCloudMatch({ AUTH_MICROSOFT_ENTRA_ID_ISSUER: usIssuer, GRAPH_BASE_URL: "https://dod-graph.microsoft.us" })
        .status,
    ).toBe("ok");
    expect(checkCloudMatch({ AUTH_MICROSOFT_ENTRA_ID_ISSUER: "https://localhost:4011/common/v2.0" }).status).toBe(
      "skip",
    );
  });
});
