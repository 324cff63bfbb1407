import { describe, expect, it } from "vitest";
import { belongsToBrand, brandTenant } from "./tenant";

const CONTOSO = "3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75";
const FABRIKAM = "b7e4a1c9-2f63-4d8a-a5e0-6c9d3b1f7e42";

describe("whose help desk and branding a person sees", () => {
  it("takes the branded tenant from ORG_TENANT_ID, else from a single-tenant issuer", () => {
    expect(brandTenant(CONTOSO, "https://login.microsoftonline.com/organizations/v2.0")).toBe(CONTOSO);
    expect(brandTenant(undefined, `https://login.microsoftonline.com/${CONTOSO.toUpperCase()}/v2.0`)).toBe(CONTOSO);
    expect(brandTenant(undefined, "https://login.microsoftonline.com/common/v2.0")).toBeNull();
  });

  it("gives another tenant's people neutral branding, never the configured organisation's help desk", () => {
    expect(belongsToBrand(FABRIKAM, CONTOSO)).toBe(false);
    expect(belongsToBrand(CONTOSO.toUpperCase(), CONTOSO)).toBe(true);
  });

  it("keeps the configured organisation for signed-out visitors and when no tenant is named", () => {
    expect(belongsToBrand(null, CONTOSO)).toBe(true);
    expect(belongsToBrand(FABRIKAM, null)).toBe(true);
  });
});
