import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestEmulators } from "@/test/emulators";
import { DIRECTORY_ROLES } from "../seed/directory-roles";
import type { SeedTenant } from "../seed/types";
import type { RunningEmulators } from "../server";
import { appToken, control, graph } from "../testing/live";

let emulators: RunningEmulators;
let contoso: SeedTenant;
let northwind: SeedTenant;
const KEYS = "/v1.0/informationProtection/bitlocker/recoveryKeys";
const PATTI = "patti.fernandez@contoso.example";
const GRADY = "grady.archie@contoso.example";
const HELPDESK_SCOPES = ["User.Read", "BitlockerKey.Read.All", "Device.Read.All", "User.ReadBasic.All"];

const userNamed = (tenant: SeedTenant, upn: string) => tenant.users.find((u) => u.userPrincipalName === upn)!;
const delegated = (upn: string, scopes = HELPDESK_SCOPES) => emulators.mintAccessToken(upn, scopes);
const adeleKey = () => {
  const adele = userNamed(contoso, "adele.vance@contoso.example");
  const laptop = contoso.devices.find((d) => d.registeredOwners.includes(adele.id))!;
  return contoso.recoveryKeys.find((k) => k.deviceId === laptop.deviceId)!;
};

beforeAll(async () => {
  emulators = await startTestEmulators();
  contoso = emulators.seed.tenants.find((t) => t.domain === "contoso.example")!;
  northwind = emulators.seed.tenants.find((t) => t.domain === "northwind.example")!;
});
afterAll(() => emulators.stop());
beforeEach(() => control(emulators, "POST", "/reset"));

describe("a Helpdesk Administrator with a delegated token", () => {
  it("reads any key of her tenant, which she does not own", async () => {
    const key = adeleKey();
    const { status, body } = await graph(emulators, `${KEYS}/${key.id}?$select=key,deviceId`, {
      token: await delegated(PATTI),
    });
    expect(status).toBe(200);
    expect(body.key).toBe(key.key);
  });

  it("lists keys tenant-wide", async () => {
    const token = await delegated(PATTI);
    const ids: unknown[] = [];
    let next: string | undefined = KEYS;
    while (next) {
      const page = await graph(emulators, next, { token });
      ids.push(...(page.body.value ?? []).map((k) => k.id));
      next = page.body["@odata.nextLink"] as string | undefined;
    }
    expect(ids).toHaveLength(contoso.recoveryKeys.length);
  });

  it("searches devices by name prefix and lists a person's devices by sign-in name", async () => {
    const token = await delegated(PATTI);
    const found = await graph(emulators, "/v1.0/devices?$filter=startswith(displayName,'ADELE')", { token });
    expect(found.body.value?.map((d) => d.displayName).sort()).toEqual([
      "ADELE-DESKTOP",
      "ADELE-LAPTOP",
      "ADELE-SURFACE",
    ]);
    const owned = await graph(emulators, "/v1.0/users/adele.vance@contoso.example/ownedDevices", { token });
    expect(owned.status).toBe(200);
    expect(owned.body.value).toHaveLength(4);
  });

  it("loses access at once when the role is removed mid-session: the key then answers like a missing one", async () => {
    const token = await delegated(PATTI);
    const patti = userNamed(contoso, PATTI);
    await control(emulators, "PUT", `/users/${patti.id}/directory-roles`, { roleTemplateIds: [] });
    expect((await graph(emulators, `${KEYS}/${adeleKey().id}?$select=key`, { token })).status).toBe(404);
  });

  it("cannot read Intune's managed devices without an Intune role", async () => {
    const token = await delegated(PATTI, ["DeviceManagementManagedDevices.Read.All"]);
    expect((await graph(emulators, "/v1.0/deviceManagement/managedDevices", { token })).status).toBe(403);
    const patti = userNamed(contoso, PATTI);
    await control(emulators, "PUT", `/users/${patti.id}/directory-roles`, {
      roleTemplateIds: [DIRECTORY_ROLES.intuneAdministrator],
    });
    expect((await graph(emulators, "/v1.0/deviceManagement/managedDevices", { token })).status).toBe(200);
  });
});

describe("people without a BitLocker-reading role", () => {
  it("a Directory Reader gets another person's key answered like a missing one", async () => {
    const { status } = await graph(emulators, `${KEYS}/${adeleKey().id}?$select=key`, {
      token: await delegated(GRADY),
    });
    expect(status).toBe(404);
  });

  it("list only their own keys", async () => {
    const { body } = await graph(emulators, KEYS, { token: await delegated(GRADY) });
    expect(body.value).toEqual([]);
  });

  it("in a tenant that restricts self-service get 403 authorization_error, unless they hold a role", async () => {
    const isaiah = "isaiah.langer@northwind.example";
    const refused = await graph(emulators, KEYS, { token: await delegated(isaiah) });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: "authorization_error" });
    await control(emulators, "PUT", `/users/${userNamed(northwind, isaiah).id}/directory-roles`, {
      roleTemplateIds: [DIRECTORY_ROLES.securityReader],
    });
    const allowed = await graph(emulators, KEYS, { token: await delegated(isaiah) });
    expect(allowed.status).toBe(200);
  });

  it("need Device.Read.All to search devices", async () => {
    const { status, body } = await graph(emulators, "/v1.0/devices", { token: await delegated(GRADY, ["User.Read"]) });
    expect(status).toBe(403);
    expect(body.error).toMatchObject({ code: "Authorization_RequestDenied" });
  });
});

describe("the signed-in person's own groups (for a help-desk group rule)", () => {
  it("checkMemberGroups and transitiveMemberOf on /me, with User.Read", async () => {
    const helpDesk = contoso.groups!.find((g) => g.displayName === "Contoso IT help desk")!;
    const body = { groupIds: [helpDesk.id] };
    const patti = await graph(emulators, "/v1.0/me/checkMemberGroups", {
      token: await delegated(PATTI, ["User.Read"]),
      method: "POST",
      body,
    });
    expect(patti.status).toBe(200);
    expect(patti.body.value).toEqual([helpDesk.id]);
    const grady = await graph(emulators, "/v1.0/me/checkMemberGroups", {
      token: await delegated(GRADY),
      method: "POST",
      body,
    });
    expect(grady.body.value).toEqual([]);
    const groups = await graph(emulators, "/v1.0/me/transitiveMemberOf", {
      token: await delegated(PATTI, ["User.Read"]),
    });
    expect(groups.body.value?.map((g) => g.displayName)).toEqual(["Contoso IT help desk"]);
  });

  it("is only for signed-in people: an app token gets 400", async () => {
    const { status } = await graph(emulators, "/v1.0/me/transitiveMemberOf", {
      token: await appToken(emulators, contoso.id),
    });
    expect(status).toBe(400);
  });
});
