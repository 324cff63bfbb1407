import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { addressHints } from "./address-advice";
import { portalOrigin, redirectUri } from "./portal-url";
import { GROUPS, SETTINGS, settingsIn } from "./settings";

describe("addressHints", () => {
  it("is happy with a short https host", () => {
    expect(addressHints("https://keys.contoso.com")).toEqual([{ code: "good" }]);
  });

  it("points out what makes an address hard to type from a screen", () => {
    const codes = addressHints("http://bitlocker-selfservice-portal01.corp.contoso.com:8443/keys?src=boot").map(
      (h) => h.code,
    );
    expect(codes).toEqual(["long", "path", "query", "port", "notHttps", "lookalike"]);
  });
});

describe("the portal's own URL", () => {
  it("is AUTH_URL's origin", () => {
    expect(portalOrigin("https://keys.contoso.com/")).toBe("https://keys.contoso.com");
    expect(portalOrigin("http://localhost:3000")).toBe("http://localhost:3000");
  });

  it("is unknown without AUTH_URL, whatever the request's Host or X-Forwarded-Host said", () => {
    expect(portalOrigin(undefined)).toBeNull();
    expect(portalOrigin("")).toBeNull();
    expect(portalOrigin("keys.contoso.com")).toBeNull();
  });

  it("builds the Entra redirect URI of the Auth.js provider", () => {
    expect(redirectUri("https://keys.contoso.com")).toBe(
      "https://keys.contoso.com/api/auth/callback/microsoft-entra-id",
    );
  });
});

describe("the settings reference", () => {
  const docs = readFileSync(resolve("docs/configuration.md"), "utf8");

  it("puts every setting in exactly one group", () => {
    expect(GROUPS.flatMap((g) => settingsIn(g)).sort()).toEqual(Object.keys(SETTINGS).sort());
  });

  it("documents every setting in docs/configuration.md", () => {
    expect(Object.keys(SETTINGS).filter((name) => !docs.includes(`\`${name}\``))).toEqual([]);
  });

  it("never gives a real-looking secret as an example", () => {
    const secrets = Object.values(SETTINGS).filter((s) => "secret" in s && s.secret);
    expect(secrets.every((s) => s.example.startsWith("(") || s.example.includes(":password@"))).toBe(true);
  });
});
