import { TokenCredentialAuthenticationProvider } from "@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials";
import { z } from "zod";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulators } from "@/emulators/server";
import type { SeedTenant } from "@/emulators/seed/types";
import {
  appCredentialSettings,
  GRAPH_DEFAULT_SCOPE,
  type AppCredentialSettings,
} from "@/lib/graph/app-credential-settings";
import { createAppCredential } from "@/lib/graph/app-credential";
import { GraphGateway } from "@/lib/graph/client";
import { GraphFailure } from "@/lib/graph/errors";
import { BROKERED_SIGN_IN_SCOPES } from "@/lib/auth/scopes";
import { startTestEmulators } from "@/test/emulators";
import { readGrants } from "./grants";
import type { RuleSettings } from "./rule";

let emu: RunningEmulators;
let northwind: SeedTenant;
const user = (upn: string) => northwind.users.find((u) => u.userPrincipalName === upn)!;
const group = (name: string) => northwind.groups!.find((g) => g.displayName === name)!.id;

beforeAll(async () => {
  emu = await startTestEmulators();
  northwind = emu.seed.tenants.find((t) => t.domain === "northwind.example")!;
});
afterAll(() => emu.stop());
beforeEach(() => emu.state.reset());

/** Settings exactly as lib/env.ts would hand them over, pointed at the emulated Northwind tenant. */
function credentialSettings(overrides: Record<string, string> = {}): AppCredentialSettings {
  return appCredentialSettings({
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: emu.issuerFor(northwind.id),
    AUTH_MICROSOFT_ENTRA_ID_ID: emu.seed.application.clientId,
    AUTH_MICROSOFT_ENTRA_ID_SECRET: emu.seed.application.clientSecret,
    ...overrides,
  });
}

function appGatewayFor(settings: AppCredentialSettings) {
  const provider = new TokenCredentialAuthenticationProvider(createAppCredential(settings), {
    scopes: [GRAPH_DEFAULT_SCOPE],
  });
  return new GraphGateway(provider, {
    baseUrl: emu.graphOrigin,
    retry: { delaySeconds: 0, maxRetries: 0, attemptTimeoutMs: 5000, budgetMs: 0 },
  });
}

const allRules: RuleSettings = {
  rules: ["owner", "primary-user"],
  groupId: null,
  excludedDeviceGroupId: null,
};

async function grantsOf(
  upn: string,
  settings: RuleSettings,
  app = appGatewayFor(credentialSettings({ GRAPH_APP_CERTIFICATE_PATH: emu.appCertificateFile })),
) {
  const person = new GraphGateway(await emu.mintAccessToken(upn, BROKERED_SIGN_IN_SCOPES.split(" ")), {
    baseUrl: emu.graphOrigin,
  });
  const result = await readGrants(person, app, user(upn).id, settings);
  return { inGroup: result.inGroup, devices: result.grants.map((g) => [g.device.displayName, g.rule]) };
}

describe("brokered grants, read from Graph as KeyDesk's application", () => {
  it("gives the owner his laptop in a tenant that restricts owner self-service (certificate credential)", async () => {
    expect(await grantsOf("isaiah.langer@northwind.example", allRules)).toEqual({
      inGroup: true,
      devices: [["ISAIAH-LAPTOP", "owner"]],
    });
    const grants = emu.state.grants.filter((g) => g.grantType === "client_credentials");
    expect(grants.length).toBe(1);
  });

  it("gives the Intune primary user the hybrid-joined PC that has no owner", async () => {
    expect(await grantsOf("johanna.lorenz@northwind.example", allRules)).toEqual({
      inGroup: true,
      devices: [["NW-PC-0317", "primary-user"]],
    });
    expect(await grantsOf("johanna.lorenz@northwind.example", { ...allRules, rules: ["owner"] })).toEqual({
      inGroup: true,
      devices: [],
    });
  });

  it("sends a person outside the self-service group to the help desk", async () => {
    const settings = { ...allRules, groupId: group("KeyDesk self-service") };
    expect(await grantsOf("miriam.graham@northwind.example", settings)).toEqual({ inGroup: false, devices: [] });
    expect((await grantsOf("isaiah.langer@northwind.example", settings)).devices).toEqual([["ISAIAH-LAPTOP", "owner"]]);
  });

  it("never grants a device in the excluded group, though the person owns it", async () => {
    const settings = { ...allRules, excludedDeviceGroupId: group("KeyDesk excluded devices") };
    expect((await grantsOf("pradeep.gupta@northwind.example", settings)).devices).toEqual([
      ["PRADEEP-LAPTOP", "owner"],
    ]);
    expect((await grantsOf("pradeep.gupta@northwind.example", allRules)).devices).toContainEqual(["NW-FS-01", "owner"]);
  });

  it("costs three Graph calls at once, then one per device still to check: round trips stay few", async () => {
    const settings = {
      ...allRules,
      groupId: group("KeyDesk self-service"),
      excludedDeviceGroupId: group("KeyDesk excluded devices"),
    };
    await grantsOf("isaiah.langer@northwind.example", settings);
    expect(emu.state.calls.map((c) => `${c.method} ${c.path}`).sort()).toEqual(
      [
        "GET /v1.0/me/ownedDevices/microsoft.graph.device",
        `GET /v1.0/users/${user("isaiah.langer@northwind.example").id}/managedDevices`,
        `POST /v1.0/users/${user("isaiah.langer@northwind.example").id}/checkMemberGroups`,
        `POST /v1.0/devices/${northwind.devices.find((d) => d.displayName === "ISAIAH-LAPTOP")!.id}/checkMemberGroups`,
      ].sort(),
    );
  });

  it("asks Entra once when many requests need the application token at the same moment", async () => {
    const credential = createAppCredential(credentialSettings({ GRAPH_APP_CERTIFICATE_PATH: emu.appCertificateFile }));
    const tokens = await Promise.all(Array.from({ length: 20 }, () => credential.getToken(GRAPH_DEFAULT_SCOPE)));
    expect(new Set(tokens.map((t) => t?.token)).size).toBe(1);
    await credential.getToken(GRAPH_DEFAULT_SCOPE);
    expect(emu.state.grants.filter((g) => g.grantType === "client_credentials")).toHaveLength(1);
  });

  it("works with the client secret too, and fails as app-credential with a wrong one", async () => {
    const withSecret = appGatewayFor(credentialSettings());
    expect((await grantsOf("isaiah.langer@northwind.example", allRules, withSecret)).devices).toHaveLength(1);
    const wrong = appGatewayFor(credentialSettings({ GRAPH_APP_CLIENT_SECRET: "not-the-secret" }));
    const failure = await grantsOf("isaiah.langer@northwind.example", allRules, wrong).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphFailure);
    expect((failure as GraphFailure).kind).toBe("app-credential");
    // IT's log line carries Entra's reason.
    expect((failure as GraphFailure).message).toMatch(/AADSTS7000215/);
  });

  it("fails as app-credential, not as the person's problem, when a permission was never consented", async () => {
    // Fabrikam consented BitlockerKey.Read.All and Device.Read.All only: Intune answers 403.
    const fabrikam = emu.seed.tenants.find((t) => t.domain === "fabrikam.example")!;
    const app = appGatewayFor(credentialSettings({ AUTH_MICROSOFT_ENTRA_ID_ISSUER: emu.issuerFor(fabrikam.id) }));
    const failure = await app
      .list(`/users/${fabrikam.users[0]!.id}/managedDevices`, z.unknown())
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphFailure);
    expect((failure as GraphFailure).kind).toBe("app-credential");
    expect((failure as GraphFailure).status).toBe(403);
  });
});
