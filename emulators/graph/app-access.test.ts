import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestEmulators } from "@/test/emulators";
import type { SeedDevice, SeedTenant } from "../seed/types";
import type { RunningEmulators } from "../server";
import { appToken, control, graph } from "../testing/live";

let emulators: RunningEmulators;
let northwind: SeedTenant;
let fabrikam: SeedTenant;
let contoso: SeedTenant;
let token: string;
const KEYS = "/v1.0/informationProtection/bitlocker/recoveryKeys";

const deviceNamed = (tenant: SeedTenant, name: string): SeedDevice =>
  tenant.devices.find((d) => d.displayName === name)!;
const userNamed = (tenant: SeedTenant, upn: string) => tenant.users.find((u) => u.userPrincipalName === upn)!;
const groupNamed = (tenant: SeedTenant, name: string) => tenant.groups!.find((g) => g.displayName === name)!;

beforeAll(async () => {
  emulators = await startTestEmulators();
  const byDomain = (domain: string) => emulators.seed.tenants.find((t) => t.domain === domain)!;
  northwind = byDomain("northwind.example");
  fabrikam = byDomain("fabrikam.example");
  contoso = byDomain("contoso.example");
});
afterAll(() => emulators.stop());
beforeEach(async () => {
  await control(emulators, "POST", "/reset");
  token = await appToken(emulators, northwind.id);
});

describe("BitLocker keys with the application identity", () => {
  it("lists every key of a tenant that restricts owner self-service, and reads a key's value", async () => {
    const list = await graph(emulators, `${KEYS}?$select=id,deviceId`, { token });
    expect(list.status).toBe(200);
    const hybrid = deviceNamed(northwind, "NW-PC-0317");
    const key = northwind.recoveryKeys.find((k) => k.deviceId === hybrid.deviceId)!;
    const filtered = await graph(emulators, `${KEYS}?$filter=deviceId eq '${hybrid.deviceId}'`, { token });
    expect(filtered.body.value?.map((k) => k.id)).toEqual([key.id]);
    const read = await graph(emulators, `${KEYS}/${key.id}?$select=key,deviceId`, { token });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ key: key.key, deviceId: hybrid.deviceId });
  });

  it("never reads another tenant's key: it answers like a missing one", async () => {
    const contosoKey = contoso.recoveryKeys[0]!;
    const read = await graph(emulators, `${KEYS}/${contosoKey.id}?$select=key`, { token });
    expect(read.status).toBe(404);
  });

  it("without BitlockerKey.Read.All gets the BitLocker service's 403 authorization_error", async () => {
    await control(emulators, "PUT", `/tenants/${northwind.id}/app-roles`, { roles: ["Device.Read.All"] });
    const weaker = await appToken(emulators, northwind.id);
    const { status, body } = await graph(emulators, KEYS, { token: weaker });
    expect(status).toBe(403);
    expect(body.error).toMatchObject({ code: "authorization_error" });
  });

  it("cannot call /me: 400, only valid with delegated authentication", async () => {
    const { status, body } = await graph(emulators, "/v1.0/me", { token });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ message: "/me request is only valid with delegated authentication flow." });
  });
});

describe("devices", () => {
  it("finds a device by its Entra deviceId with a default query", async () => {
    const laptop = deviceNamed(northwind, "ISAIAH-LAPTOP");
    const { status, body } = await graph(emulators, `/v1.0/devices?$filter=deviceId eq '${laptop.deviceId}'`, {
      token,
    });
    expect(status).toBe(200);
    expect(body.value?.map((d) => d.id)).toEqual([laptop.id]);
    expect(body.value?.[0]).toMatchObject({ "@odata.type": "#microsoft.graph.device", displayName: "ISAIAH-LAPTOP" });
  });

  it("finds devices by name prefix, case-insensitively, with $select", async () => {
    const { body } = await graph(emulators, "/v1.0/devices?$filter=startswith(displayName,'nw-')&$select=displayName", {
      token,
    });
    expect(body.value?.map((d) => d.displayName).sort()).toEqual(["NW-FS-01", "NW-PC-0317"]);
    expect(Object.keys(body.value?.[0] ?? {}).sort()).toEqual(["@odata.type", "displayName", "id"]);
  });

  it("follows the ConsistencyLevel rules for $search, $count and advanced operators", async () => {
    const search = await graph(emulators, '/v1.0/devices?$search="displayName:PC"', { token });
    expect(search.status).toBe(400);
    expect(search.body.error).toMatchObject({ code: "Request_UnsupportedQuery" });
    const eventual = { ConsistencyLevel: "eventual" };
    const found = await graph(emulators, '/v1.0/devices?$search="displayName:PC"', { token, headers: eventual });
    expect(found.body.value?.map((d) => d.displayName)).toEqual(["NW-PC-0317"]);

    expect((await graph(emulators, "/v1.0/devices?$count=true", { token })).status).toBe(400);
    const counted = await graph(emulators, "/v1.0/devices?$count=true", { token, headers: eventual });
    expect(counted.body["@odata.count"]).toBe(northwind.devices.length);

    const endsWith = "/v1.0/devices?$filter=endswith(displayName,'-LAPTOP')";
    const refused = await graph(emulators, endsWith, { token });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "Request_UnsupportedQuery", message: "Unsupported Query." });
    const advanced = await graph(emulators, `${endsWith}&$count=true`, { token, headers: eventual });
    expect(advanced.body.value).toHaveLength(3);
  });

  it("refuses filters on properties Graph does not filter", async () => {
    const { status, body } = await graph(emulators, "/v1.0/devices?$filter=model eq 'x'", { token });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "Request_UnsupportedQuery" });
  });

  it("lists a device's registered owners; a hybrid-joined PC has none", async () => {
    const laptop = deviceNamed(northwind, "ISAIAH-LAPTOP");
    const owners = await graph(emulators, `/v1.0/devices/${laptop.id}/registeredOwners`, { token });
    expect(owners.body.value).toEqual([
      expect.objectContaining({
        "@odata.type": "#microsoft.graph.user",
        userPrincipalName: "isaiah.langer@northwind.example",
      }),
    ]);
    const hybrid = deviceNamed(northwind, "NW-PC-0317");
    expect((await graph(emulators, `/v1.0/devices/${hybrid.id}/registeredOwners`, { token })).body.value).toEqual([]);
    const missing = await graph(emulators, "/v1.0/devices/00000000-0000-4000-8000-000000000000/registeredOwners", {
      token,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: "Request_ResourceNotFound" });
  });

  it("addresses a device by its deviceId alternate key too", async () => {
    const laptop = deviceNamed(northwind, "ISAIAH-LAPTOP");
    const byKey = await graph(emulators, `/v1.0/devices(deviceId='${laptop.deviceId}')`, { token });
    expect(byKey.status).toBe(200);
    expect(byKey.body).toMatchObject({ id: laptop.id, deviceId: laptop.deviceId });
    const owners = await graph(emulators, `/v1.0/devices(deviceId='${laptop.deviceId}')/registeredOwners`, { token });
    expect(owners.body.value?.map((owner) => owner.userPrincipalName)).toEqual(["isaiah.langer@northwind.example"]);
  });

  it("needs Device.Read.All: 403 Authorization_RequestDenied without it", async () => {
    await control(emulators, "PUT", `/tenants/${northwind.id}/app-roles`, { roles: ["BitlockerKey.Read.All"] });
    const weaker = await appToken(emulators, northwind.id);
    const { status, body } = await graph(emulators, "/v1.0/devices", { token: weaker });
    expect(status).toBe(403);
    expect(body.error).toMatchObject({
      code: "Authorization_RequestDenied",
      message: "Insufficient privileges to complete the operation.",
    });
  });
});

describe("users", () => {
  it("reads a user by id or sign-in name only with a User permission, which brokered mode does not hold", async () => {
    const path = "/v1.0/users/johanna.lorenz@northwind.example";
    expect((await graph(emulators, path, { token })).status).toBe(403);
    await control(emulators, "PUT", `/tenants/${northwind.id}/app-roles`, { roles: ["User.ReadBasic.All"] });
    const { status, body } = await graph(emulators, path, { token: await appToken(emulators, northwind.id) });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: userNamed(northwind, "johanna.lorenz@northwind.example").id,
      displayName: "Johanna Lorenz",
    });
  });

  it("does not list a user's ownedDevices for an app ('Application: Not supported')", async () => {
    const isaiah = userNamed(northwind, "isaiah.langer@northwind.example");
    const { status } = await graph(emulators, `/v1.0/users/${isaiah.id}/ownedDevices`, { token });
    expect(status).toBe(403);
  });
});

describe("group membership", () => {
  it("checkMemberGroups answers which of the given groups a user is in", async () => {
    const selfService = groupNamed(northwind, "KeyDesk self-service");
    const excluded = groupNamed(northwind, "KeyDesk excluded devices");
    const body = { groupIds: [selfService.id, excluded.id] };
    const isaiah = userNamed(northwind, "isaiah.langer@northwind.example");
    const miriam = userNamed(northwind, "miriam.graham@northwind.example");
    const inside = await graph(emulators, `/v1.0/users/${isaiah.id}/checkMemberGroups`, {
      token,
      method: "POST",
      body,
    });
    expect(inside.status).toBe(200);
    expect(inside.body.value).toEqual([selfService.id]);
    const outside = await graph(emulators, `/v1.0/users/${miriam.id}/checkMemberGroups`, {
      token,
      method: "POST",
      body,
    });
    expect(outside.body.value).toEqual([]);
  });

  it("checkMemberGroups and transitiveMemberOf work for devices, so a server can be excluded", async () => {
    const excluded = groupNamed(northwind, "KeyDesk excluded devices");
    const server = deviceNamed(northwind, "NW-FS-01");
    const laptop = deviceNamed(northwind, "PRADEEP-LAPTOP");
    const check = (id: string) =>
      graph(emulators, `/v1.0/devices/${id}/checkMemberGroups`, {
        token,
        method: "POST",
        body: { groupIds: [excluded.id] },
      });
    expect((await check(server.id)).body.value).toEqual([excluded.id]);
    expect((await check(laptop.id)).body.value).toEqual([]);
    const groups = await graph(emulators, `/v1.0/devices/${server.id}/transitiveMemberOf`, { token });
    expect(groups.body.value).toEqual([
      expect.objectContaining({
        "@odata.type": "#microsoft.graph.group",
        id: excluded.id,
        displayName: excluded.displayName,
      }),
    ]);
  });

  it("refuses a body without groupIds, and GET on the action", async () => {
    const isaiah = userNamed(northwind, "isaiah.langer@northwind.example");
    const path = `/v1.0/users/${isaiah.id}/checkMemberGroups`;
    expect((await graph(emulators, path, { token, method: "POST", body: { ids: [] } })).status).toBe(400);
    expect((await graph(emulators, path, { token })).status).toBe(405);
  });

  it("needs GroupMember.Read.All", async () => {
    await control(emulators, "PUT", `/tenants/${northwind.id}/app-roles`, { roles: ["BitlockerKey.Read.All"] });
    const weaker = await appToken(emulators, northwind.id);
    const isaiah = userNamed(northwind, "isaiah.langer@northwind.example");
    expect((await graph(emulators, `/v1.0/users/${isaiah.id}/transitiveMemberOf`, { token: weaker })).status).toBe(403);
  });
});

describe("Intune managed devices", () => {
  it("finds a device's primary user by the Entra deviceId (azureADDeviceId)", async () => {
    const hybrid = deviceNamed(northwind, "NW-PC-0317");
    const { status, body } = await graph(
      emulators,
      `/v1.0/deviceManagement/managedDevices?$filter=azureADDeviceId eq '${hybrid.deviceId}'&$select=id,userId,userPrincipalName,azureADDeviceId,deviceName`,
      { token },
    );
    expect(status).toBe(200);
    const johanna = userNamed(northwind, "johanna.lorenz@northwind.example");
    expect(body.value).toEqual([
      expect.objectContaining({
        userId: johanna.id,
        userPrincipalName: johanna.userPrincipalName,
        azureADDeviceId: hybrid.deviceId,
        deviceName: "NW-PC-0317",
      }),
    ]);
  });

  it("filters by primary user and by device name; joinType exists only in beta", async () => {
    const byUser = await graph(
      emulators,
      "/v1.0/deviceManagement/managedDevices?$filter=userPrincipalName eq 'pradeep.gupta@northwind.example'",
      { token },
    );
    expect(byUser.body.value?.map((d) => d.deviceName).sort()).toEqual(["NW-FS-01", "PRADEEP-LAPTOP"]);
    expect(byUser.body.value?.[0]).not.toHaveProperty("joinType");
    const beta = await graph(emulators, "/beta/deviceManagement/managedDevices?$filter=deviceName eq 'NW-PC-0317'", {
      token,
    });
    expect(beta.body.value?.[0]).toMatchObject({ joinType: "hybridAzureADJoined" });
    expect(beta.body["@odata.context"]).toContain("/beta/$metadata#deviceManagement/managedDevices");
  });

  it("lists a user's managed devices (primary user), which works where ownedDevices does not", async () => {
    const johanna = userNamed(northwind, "johanna.lorenz@northwind.example");
    const { body } = await graph(emulators, `/v1.0/users/${johanna.id}/managedDevices`, { token });
    expect(body.value?.map((d) => d.deviceName)).toEqual(["NW-PC-0317"]);
  });

  it("refuses an app without an Intune permission (Fabrikam consented to keys and devices only)", async () => {
    const fabrikamToken = await appToken(emulators, fabrikam.id);
    const { status, body } = await graph(emulators, "/v1.0/deviceManagement/managedDevices", { token: fabrikamToken });
    expect(status).toBe(403);
    expect(body.error).toMatchObject({ code: "Authorization_RequestDenied" });
  });
});

describe("rotateBitLockerKeys (beta)", () => {
  it("answers 204, then the device backs up a new key after the configured delay; the old key stays", async () => {
    await control(emulators, "PATCH", "/config", { rotationDelayMs: 300 });
    const laptop = deviceNamed(northwind, "ISAIAH-LAPTOP");
    const managed = northwind.managedDevices!.find((d) => d.azureADDeviceId === laptop.deviceId)!;
    const keysOfLaptop = async () =>
      (await graph(emulators, `${KEYS}?$filter=deviceId eq '${laptop.deviceId}'`, { token })).body.value ?? [];
    const before = await keysOfLaptop();
    expect(before).toHaveLength(1);

    const rotate = await graph(emulators, `/beta/deviceManagement/managedDevices/${managed.id}/rotateBitLockerKeys`, {
      token,
      method: "POST",
    });
    expect(rotate.status).toBe(204);
    expect(await keysOfLaptop()).toHaveLength(1);
    await expect.poll(keysOfLaptop, { timeout: 5000, interval: 50 }).toHaveLength(2);
    const after = await keysOfLaptop();
    const added = after.find((key) => key.id !== before[0]?.id)!;
    expect(added).toMatchObject({ volumeType: "1", deviceId: laptop.deviceId });
    const secret = await graph(emulators, `${KEYS}/${String(added.id)}?$select=key`, { token });
    expect(String(secret.body.key)).toMatch(/^(\d{6}-){7}\d{6}$/);

    await control(emulators, "POST", "/reset");
    expect(await keysOfLaptop()).toHaveLength(1);
  });

  it("needs DeviceManagementManagedDevices.PrivilegedOperations.All and exists only in beta", async () => {
    const managed = northwind.managedDevices![0]!;
    const v1 = await graph(emulators, `/v1.0/deviceManagement/managedDevices/${managed.id}/rotateBitLockerKeys`, {
      token,
      method: "POST",
    });
    expect(v1.status).toBe(400);
    await control(emulators, "PUT", `/tenants/${northwind.id}/app-roles`, {
      roles: ["DeviceManagementManagedDevices.Read.All"],
    });
    const readOnly = await appToken(emulators, northwind.id);
    const refused = await graph(emulators, `/beta/deviceManagement/managedDevices/${managed.id}/rotateBitLockerKeys`, {
      token: readOnly,
      method: "POST",
    });
    expect(refused.status).toBe(403);
  });
});
