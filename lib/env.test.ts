import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

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
    expect(() => parseEnv({})).toThrow(/AUTH_SECRET is required[\s\S]*AUTH_MICROSOFT_ENTRA_ID_ID is required[\s\S]*AUTH_MICROSOFT_ENTRA_ID_ISSUER is required/);
  });

  it("rejects an issuer with a trailing slash and says how to fix it", () => {
    expect(() => parseEnv({ ...valid, AUTH_MICROSOFT_ENTRA_ID_ISSUER: `${valid.AUTH_MICROSOFT_ENTRA_ID_ISSUER}/` })).toThrow(
      /AUTH_MICROSOFT_ENTRA_ID_ISSUER must not end with a slash/,
    );
  });

  it("keeps the Graph host of a national cloud and refuses a version suffix", () => {
    expect(parseEnv({ ...valid, GRAPH_BASE_URL: "https://graph.microsoft.us/" }).GRAPH_BASE_URL).toBe("https://graph.microsoft.us");
    expect(() => parseEnv({ ...valid, GRAPH_BASE_URL: "https://graph.microsoft.com/v1.0" })).toThrow(/KeyDesk appends \/v1\.0/);
  });

  it("parses the tenant allow-list and rejects anything but GUIDs", () => {
    expect(parseEnv({ ...valid, AUTH_ALLOWED_TENANTS: " 3F2C6B8E-5D1A-4E7B-9C42-8A1F0E6D2B75 ," }).AUTH_ALLOWED_TENANTS).toEqual(["3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75"]);
    expect(() => parseEnv({ ...valid, AUTH_ALLOWED_TENANTS: "contoso" })).toThrow(/AUTH_ALLOWED_TENANTS/);
  });
});
