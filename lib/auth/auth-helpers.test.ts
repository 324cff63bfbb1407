import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";
import { issuerForTenant, judgeTenant } from "./tenant";

describe("safeCallbackPath", () => {
  it("keeps a path on this portal, with its query", () => {
    expect(safeCallbackPath("/keys/abc?x=1")).toBe("/keys/abc?x=1");
    expect(safeCallbackPath("/?keyId=4290B6C0")).toBe("/?keyId=4290B6C0");
  });
  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "/api/auth/signout",
    "/a\nb",
    undefined,
    42,
  ])("sends %s home instead", (value) => expect(safeCallbackPath(value)).toBe("/"));
});

describe("tenants", () => {
  it("turns a multi-tenant issuer into the user's tenant issuer", () => {
    expect(issuerForTenant("https://login.microsoftonline.com/common/v2.0", "t1")).toBe(
      "https://login.microsoftonline.com/t1/v2.0",
    );
    expect(issuerForTenant("https://login.microsoftonline.com/organizations/v2.0", "t1")).toBe(
      "https://login.microsoftonline.com/t1/v2.0",
    );
    expect(issuerForTenant("https://login.microsoftonline.us/t0/v2.0", "t0")).toBe(
      "https://login.microsoftonline.us/t0/v2.0",
    );
  });
  it("recognises personal accounts and enforces the allow-list", () => {
    expect(judgeTenant("9188040d-6c67-4c5b-b112-36a304b66dad", [])).toBe("personal-account");
    expect(judgeTenant("aaa", [])).toBe("allowed");
    expect(judgeTenant("AAA", ["aaa"])).toBe("allowed");
    expect(judgeTenant("bbb", ["aaa"])).toBe("tenant-not-allowed");
  });
});
