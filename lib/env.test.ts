import { describe, expect, it } from "vitest";
import { mergeConfigFile, parseEnv } from "./env";

const valid = {
  AUTH_SECRET: "s".repeat(40),
  AUTH_MICROSOFT_ENTRA_ID_ID: "6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63",
  AUTH_MICROSOFT_ENTRA_ID_SECRET: "secret",
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: "https://login.microsoftonline.com/3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75/v2.0",
};

describe("parseEnv", () => {
  it("accepts a minimal production configuration with safe defaults", () => {
    const env = parseEnv(valid);
    expect(env.GRAPH_BASE_URL).toBe("https://graph.microsoft.com");
    expect(env.SESSION_MAX_AGE_HOURS).toBe(8);
    expect(env.KEY_AUTO_HIDE_SECONDS).toBe(600);
    expect(env.AUTH_ALLOWED_TENANTS).toEqual([]);
  });

  it("names every missing variable in one message", () => {
    expect(() => parseEnv({})).toThrow(
      /AUTH_SECRET is required[\s\S]*AUTH_MICROSOFT_ENTRA_ID_ID is required[\s\S]*AUTH_MICROSOFT_ENTRA_ID_ISSUER is required/,
    );
  });

  it("rejects an issuer with a trailing slash and says how to fix it", () => {
    expect(() =>
      parseEnv({ ...valid, AUTH_MICROSOFT_ENTRA_ID_ISSUER: `${valid.AUTH_MICROSOFT_ENTRA_ID_ISSUER}/` }),
    ).toThrow(/AUTH_MICROSOFT_ENTRA_ID_ISSUER must not end with a slash/);
  });

  it("keeps the Graph host of a national cloud and refuses a version suffix", () => {
    expect(parseEnv({ ...valid, GRAPH_BASE_URL: "https://graph.microsoft.us/" }).GRAPH_BASE_URL).toBe(
      "https://graph.microsoft.us",
    );
    expect(() => parseEnv({ ...valid, GRAPH_BASE_URL: "https://graph.microsoft.com/v1.0" })).toThrow(
      /KeyDesk appends \/v1\.0/,
    );
  });

  it("parses the tenant allow-list and rejects anything but GUIDs", () => {
    expect(
      parseEnv({ ...valid, AUTH_ALLOWED_TENANTS: " 3F2C6B8E-5D1A-4E7B-9C42-8A1F0E6D2B75 ," }).AUTH_ALLOWED_TENANTS,
    ).toEqual(["3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75"]);
    expect(() => parseEnv({ ...valid, AUTH_ALLOWED_TENANTS: "contoso" })).toThrow(/AUTH_ALLOWED_TENANTS/);
  });
});

describe("branding and the config file", () => {
  it("rejects an accent colour that white text cannot be read on", () => {
    expect(parseEnv({ ...valid, ACCENT_COLOR: "#0b5cad" }).ACCENT_COLOR).toBe("#0b5cad");
    expect(() => parseEnv({ ...valid, ACCENT_COLOR: "#ffd54a" })).toThrow(/ACCENT_COLOR is too light/);
    expect(() => parseEnv({ ...valid, ACCENT_COLOR: "blue" })).toThrow(/ACCENT_COLOR must be a colour/);
  });

  it("treats empty variables as not set", () => {
    expect(parseEnv({ ...valid, HELPDESK_URL: "", REVEAL_NOTICE: "" }).HELPDESK_URL).toBeUndefined();
  });

  it("reads settings from a JSON file, with the environment taking precedence", () => {
    const merged = mergeConfigFile({ KEYDESK_CONFIG_FILE: "/etc/keydesk.json", ORG_NAME: "From env" }, () =>
      JSON.stringify({ ORG_NAME: "From file", KEY_AUTO_HIDE_SECONDS: 120 }),
    );
    expect(merged).toMatchObject({ ORG_NAME: "From env", KEY_AUTO_HIDE_SECONDS: "120" });
    expect(() => mergeConfigFile({ KEYDESK_CONFIG_FILE: "/x" }, () => "not json")).toThrow(
      /KEYDESK_CONFIG_FILE \(\/x\) could not be read as JSON/,
    );
  });

  it("parses reveal reasons separated by |", () => {
    expect(parseEnv({ ...valid, REVEAL_REASONS: "Locked out at boot | Data drive locked|" }).REVEAL_REASONS).toEqual([
      "Locked out at boot",
      "Data drive locked",
    ]);
  });

  it("takes a step-up authentication context c1…c99 and an auth age in whole minutes, naming a bad one", () => {
    const e = parseEnv({ ...valid, REVEAL_AUTH_CONTEXT: "c42", REVEAL_MAX_AUTH_AGE_MINUTES: "15" });
    expect(e.REVEAL_AUTH_CONTEXT).toBe("c42");
    expect(e.REVEAL_MAX_AUTH_AGE_MINUTES).toBe(15);
    expect(parseEnv(valid).REVEAL_AUTH_CONTEXT).toBeUndefined();
    for (const bad of ["c0", "c100", "C1", "c01", "acr1"])
      expect(() => parseEnv({ ...valid, REVEAL_AUTH_CONTEXT: bad })).toThrow(
        /REVEAL_AUTH_CONTEXT must be an authentication context id from c1 to c99/,
      );
    expect(() => parseEnv({ ...valid, REVEAL_MAX_AUTH_AGE_MINUTES: "7.5" })).toThrow(
      /REVEAL_MAX_AUTH_AGE_MINUTES must be a whole number/,
    );
    expect(() => parseEnv({ ...valid, REVEAL_MAX_AUTH_AGE_MINUTES: "0" })).toThrow(
      /REVEAL_MAX_AUTH_AGE_MINUTES must be at least 1/,
    );
  });
});

describe("brokered key access settings", () => {
  const tenantIssuer = valid.AUTH_MICROSOFT_ENTRA_ID_ISSUER;

  it("defaults to delegated, with the owner and primary-user rule ready for brokered mode", () => {
    const env = parseEnv(valid);
    expect(env.KEY_ACCESS).toBe("delegated");
    expect(env.KEY_ACCESS_RULE).toEqual(["owner", "primary-user"]);
    expect(env.KEY_ACCESS_GROUP_ID).toBeUndefined();
  });

  it("accepts a brokered configuration with a certificate, lower-casing the group ids", () => {
    const env = parseEnv({
      ...valid,
      KEY_ACCESS: "brokered",
      KEY_ACCESS_RULE: "primary-user",
      KEY_ACCESS_GROUP_ID: "9C9B7D16-586A-4DB6-BBE1-367D52081276",
      GRAPH_APP_CERTIFICATE_PATH: "/run/secrets/keydesk.pem",
    });
    expect(env.KEY_ACCESS_RULE).toEqual(["primary-user"]);
    expect(env.KEY_ACCESS_GROUP_ID).toBe("9c9b7d16-586a-4db6-bbe1-367d52081276");
  });

  it("names a mistyped mode or rule", () => {
    expect(() => parseEnv({ ...valid, KEY_ACCESS: "app" })).toThrow(/KEY_ACCESS must be delegated or brokered/);
    expect(() => parseEnv({ ...valid, KEY_ACCESS_RULE: "owner|manager" })).toThrow(
      /KEY_ACCESS_RULE must list owner and\/or primary-user, separated by \|/,
    );
    expect(() => parseEnv({ ...valid, KEY_ACCESS_EXCLUDED_DEVICE_GROUP_ID: "servers" })).toThrow(
      /KEY_ACCESS_EXCLUDED_DEVICE_GROUP_ID must be the object id \(GUID\) of an Entra group/,
    );
  });

  it("refuses brokered mode with a multi-tenant issuer: the application's token is for one tenant", () => {
    const multi = tenantIssuer.replace(/\/[0-9a-f-]{36}\/v2\.0$/, "/organizations/v2.0");
    expect(() => parseEnv({ ...valid, AUTH_MICROSOFT_ENTRA_ID_ISSUER: multi, KEY_ACCESS: "brokered" })).toThrow(
      /KEY_ACCESS brokered needs a single-tenant issuer/,
    );
    expect(parseEnv({ ...valid, AUTH_MICROSOFT_ENTRA_ID_ISSUER: multi }).KEY_ACCESS).toBe("delegated");
  });

  it("asks for one application credential, not two", () => {
    expect(() =>
      parseEnv({
        ...valid,
        KEY_ACCESS: "brokered",
        GRAPH_APP_CERTIFICATE_PATH: "/run/secrets/keydesk.pem",
        AZURE_FEDERATED_TOKEN_FILE: "/var/run/secrets/azure/tokens/azure-identity-token",
      }),
    ).toThrow(/GRAPH_APP_CERTIFICATE_PATH and AZURE_FEDERATED_TOKEN_FILE are both set/);
  });
});
