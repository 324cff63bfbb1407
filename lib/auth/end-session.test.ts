import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RunningEmulators } from "@/emulators/server";
import { loginHintFor } from "@/emulators/entra/tenant-provider";
import { startTestEmulators } from "@/test/emulators";
import { microsoftSignOutUrl } from "./end-session";

let emu: RunningEmulators;
const contoso = () => emu.seed.tenants.find((t) => t.domain === "contoso.example")!;
const PORTAL = "http://localhost:3999";

beforeAll(async () => {
  emu = await startTestEmulators();
  vi.stubEnv("AUTH_SECRET", "x".repeat(32));
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", emu.seed.application.clientId);
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_SECRET", emu.seed.application.clientSecret);
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", `${emu.issuerOrigin}/common/v2.0`);
  vi.stubEnv("AUTH_URL", undefined);
});
afterAll(() => emu.stop());

describe("signing out of Microsoft too", () => {
  it("sends the person to the tenant's end-session endpoint with the logout hint and the signed-out page", async () => {
    const tenant = contoso();
    const hint = loginHintFor(tenant.id, tenant.users[0]!.id);
    const url = await microsoftSignOutUrl({ tenantId: tenant.id, loginHint: hint }, PORTAL);
    expect(url?.origin).toBe(emu.browserOrigin);
    expect(url?.pathname).toBe(`/${tenant.id}/oauth2/v2.0/logout`);
    expect(url?.searchParams.get("post_logout_redirect_uri")).toBe(`${PORTAL}/signed-out`);
    expect(url?.searchParams.get("logout_hint")).toBe(hint);
    expect(url?.searchParams.get("client_id")).toBe(emu.seed.application.clientId);

    // The emulated Entra accepts it (the signed-out page is the registered post-logout URI) …
    const page = await fetch(url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("/oauth2/v2.0/logout/confirm");
    // … and, like Entra, refuses to return anywhere else.
    url!.searchParams.set("post_logout_redirect_uri", "https://evil.example/signed-out");
    const refused = await fetch(url!);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("post_logout_redirect_uri not registered");
  });

  it("still signs out of the portal when Entra cannot say where its sign-out is", async () => {
    emu.state.config.discoveryDown = true;
    try {
      expect(await microsoftSignOutUrl({ tenantId: contoso().id }, PORTAL)).toBeNull();
    } finally {
      emu.state.config.discoveryDown = false;
    }
  });
});
