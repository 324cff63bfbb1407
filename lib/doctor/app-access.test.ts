import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulators } from "@/emulators/server";
import { parseEnv } from "@/lib/env";
import { expectCheck } from "@/test/expect-check";
import { startTestEmulators } from "@/test/emulators";
import { checkAppAccess } from "./app-access";

let emu: RunningEmulators;
beforeAll(async () => {
  emu = await startTestEmulators();
});
afterAll(() => emu.stop());

const tenant = (domain: string) => emu.seed.tenants.find((t) => t.domain === domain)!;
const settings = (domain: string, extra: Record<string, string> = {}) =>
  parseEnv({
    AUTH_SECRET: "s".repeat(40),
    AUTH_MICROSOFT_ENTRA_ID_ID: emu.seed.application.clientId,
    AUTH_MICROSOFT_ENTRA_ID_SECRET: emu.seed.application.clientSecret,
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: emu.issuerFor(tenant(domain).id),
    KEY_ACCESS: "brokered",
    ...extra,
  });

describe("npm run doctor, brokered key access", () => {
  it("checks nothing in delegated mode", async () => {
    expect(await checkAppAccess(settings("contoso.example", { KEY_ACCESS: "delegated" }))).toEqual([]);
  });

  it("gets an application token with the certificate and finds every permission the rule needs", async () => {
    const northwind = tenant("northwind.example");
    const results = await checkAppAccess(
      settings("northwind.example", {
        GRAPH_APP_CERTIFICATE_PATH: emu.appCertificateFile,
        KEY_ACCESS_GROUP_ID: northwind.groups![0]!.id,
      }),
    );
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ["app.token", "ok"],
      ["app.role.BitlockerKey.Read.All", "ok"],
      ["app.role.Device.Read.All", "ok"],
      ["app.role.DeviceManagementManagedDevices.Read.All", "ok"],
      ["app.role.GroupMember.Read.All", "ok"],
    ]);
  });

  it("names each application permission a tenant never consented to", async () => {
    // Fabrikam consented BitlockerKey.Read.All and Device.Read.All only.
    const results = await checkAppAccess(
      settings("fabrikam.example", { KEY_ACCESS_GROUP_ID: tenant("northwind.example").groups![0]!.id }),
    );
    const failed = results.filter((r) => r.status === "error");
    expect(failed.map((r) => r.id)).toEqual([
      "app.role.DeviceManagementManagedDevices.Read.All",
      "app.role.GroupMember.Read.All",
    ]);
    expectCheck(failed[0], "error", /DeviceManagementManagedDevices\.Read\.All is missing/);
    expect(failed[0]?.fix).toMatch(/grant admin consent/);
  });

  it("reports a refused credential with Entra's reason and how to fix it", async () => {
    const [result] = await checkAppAccess(settings("northwind.example", { GRAPH_APP_CLIENT_SECRET: "expired-secret" }));
    expectCheck(result, "error", /got no token .*AADSTS7000215/);
    expect(result?.fix).toMatch(/new client secret/);
  });
});
