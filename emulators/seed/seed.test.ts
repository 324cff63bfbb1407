import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isGuid, matchKeyIds } from "@/lib/recovery-key/key-id";
import { isValidRecoveryPassword } from "@/lib/recovery-key/password";
import { buildSeed, MSA_TENANT_ID, renderSeed, SEED_FILE } from "./generate";
import { BITLOCKER_READER_ROLES, DIRECTORY_ROLES } from "./directory-roles";
import type { Seed, SeedDevice, SeedRecoveryKey, SeedTenant, SeedUser } from "./types";

const committed = readFileSync(SEED_FILE, "utf8");
const seed = JSON.parse(committed) as Seed;
const allKeys = seed.tenants.flatMap((tenant) => tenant.recoveryKeys);
const DAY_MS = 86_400_000;
const EMULATOR_PAGE_SIZE = 5;

function tenantOf(domain: string): SeedTenant {
  const tenant = seed.tenants.find((candidate) => candidate.domain === domain);
  if (!tenant) throw new Error(`no tenant ${domain}`);
  return tenant;
}

function userOf(tenant: SeedTenant, upn: string): SeedUser {
  const user = tenant.users.find((candidate) => candidate.userPrincipalName === upn);
  if (!user) throw new Error(`no user ${upn}`);
  return user;
}

function deviceNamed(tenant: SeedTenant, displayName: string): SeedDevice {
  const device = tenant.devices.find((candidate) => candidate.displayName === displayName);
  if (!device) throw new Error(`no device ${displayName}`);
  return device;
}

const ownedBy = (tenant: SeedTenant, user: SeedUser) =>
  tenant.devices.filter((device) => device.registeredOwners.includes(user.id));
const keysOf = (tenant: SeedTenant, device: SeedDevice) =>
  tenant.recoveryKeys.filter((key) => key.deviceId === device.deviceId);
const keysOwnedBy = (tenant: SeedTenant, user: SeedUser) =>
  ownedBy(tenant, user).flatMap((device) => keysOf(tenant, device));
const hex = (keyId: string) => keyId.replace(/-/g, "");

const contoso = tenantOf("contoso.example");
const adele = userOf(contoso, "adele.vance@contoso.example");
const adeleDevices = ownedBy(contoso, adele);
const adeleKeys = keysOwnedBy(contoso, adele);

describe("the committed seed file", () => {
  it("is exactly what the generator writes", () => {
    expect(renderSeed()).toBe(committed);
  });

  it("comes out the same on every run", () => {
    expect(renderSeed(buildSeed())).toBe(renderSeed(buildSeed()));
  });
});

describe("every record in the seed", () => {
  it("holds a valid, dashed 48-digit recovery password in every key", () => {
    expect(allKeys.length).toBeGreaterThan(0);
    for (const key of allKeys) {
      expect(key.key, key.id).toMatch(/^\d{6}(-\d{6}){7}$/);
      expect(isValidRecoveryPassword(key.key), key.id).toBe(true);
    }
  });

  it("uses lower-case GUIDs, each one only once", () => {
    const ids = [
      ...seed.tenants.map((tenant) => tenant.id),
      seed.application.clientId,
      ...seed.tenants.flatMap((tenant) => tenant.users.map((user) => user.id)),
      ...seed.tenants.flatMap((tenant) => tenant.devices.flatMap((device) => [device.id, device.deviceId])),
      ...allKeys.map((key) => key.id),
      ...seed.tenants.flatMap((tenant) => (tenant.groups ?? []).map((group) => group.id)),
      ...seed.tenants.flatMap((tenant) => (tenant.managedDevices ?? []).map((device) => device.id)),
      ...seed.tenants.flatMap((tenant) => (tenant.servicePrincipal ? [tenant.servicePrincipal.id] : [])),
    ];
    for (const id of ids) {
      expect(isGuid(id), id).toBe(true);
      expect(id).toBe(id.toLowerCase());
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("links every key to a device of its own tenant, and every owner to a user of that tenant", () => {
    for (const tenant of seed.tenants) {
      const deviceIds = new Set(tenant.devices.map((device) => device.deviceId));
      const userIds = new Set(tenant.users.map((user) => user.id));
      for (const key of tenant.recoveryKeys) expect(deviceIds.has(key.deviceId), key.id).toBe(true);
      for (const device of tenant.devices) {
        for (const id of [...device.registeredOwners, ...device.registeredUsers]) expect(userIds.has(id)).toBe(true);
      }
    }
  });

  it("signs users in with their tenant's domain and explains each account in one sentence", () => {
    for (const tenant of seed.tenants) {
      for (const user of tenant.users) {
        expect(user.userPrincipalName.endsWith(`@${tenant.domain}`)).toBe(true);
        expect(user.demoNote).toMatch(/^[A-Z][^\n]{10,160}\.$/);
      }
      expect(tenant.domain.endsWith(".example")).toBe(true);
    }
  });

  it("describes devices the way Graph does, last seen in 2026, with keys created before that", () => {
    for (const tenant of seed.tenants) {
      for (const device of tenant.devices) {
        expect(device.operatingSystem).toBe("Windows");
        expect(device.operatingSystemVersion).toMatch(/^10\.0\.\d{5}\.\d+$/);
        expect(device.approximateLastSignInDateTime).toMatch(/^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        for (const key of keysOf(tenant, device)) {
          expect(key.createdDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
          expect(Date.parse(key.createdDateTime)).toBeLessThan(Date.parse(device.approximateLastSignInDateTime ?? ""));
        }
      }
    }
  });

  it("registers the portal's sign-in callback on localhost, which matches any port", () => {
    expect(seed.application.redirectUris).toEqual([
      "http://localhost/api/auth/callback/microsoft-entra-id",
      "http://localhost/signed-out",
    ]);
    expect(seed.application.clientSecret.length).toBeGreaterThanOrEqual(32);
  });
});

describe("Adele's devices in Contoso", () => {
  it("include a Windows 11 laptop whose OS key was rotated weeks after the first one", () => {
    const osKeys = (device: SeedDevice) => keysOf(contoso, device).filter((key) => key.volumeType === "1");
    const laptop = deviceNamed(contoso, "ADELE-LAPTOP");
    expect(adeleDevices).toContain(laptop);
    expect(laptop.operatingSystemVersion).toMatch(/^10\.0\.26100\./);
    expect(laptop.trustType).toBe("AzureAd");
    const [older, newer, ...rest] = osKeys(laptop).map((key) => Date.parse(key.createdDateTime));
    expect(rest).toEqual([]);
    expect(Math.abs((newer ?? 0) - (older ?? 0))).toBeGreaterThanOrEqual(14 * DAY_MS);
  });

  it("give that laptop a fixed-data-drive key and a removable-drive key too", () => {
    const volumeTypes = keysOf(contoso, deviceNamed(contoso, "ADELE-LAPTOP")).map((key) => key.volumeType);
    expect(volumeTypes.sort()).toEqual(["1", "1", "2", "3"]);
  });

  it("include a Windows 10 desktop with a single OS key", () => {
    const desktops = adeleDevices.filter((device) => device.operatingSystemVersion?.startsWith("10.0.19045"));
    expect(desktops.map((device) => keysOf(contoso, device).map((key) => key.volumeType))).toContainEqual(["1"]);
  });

  it("include a device that never backed up a key", () => {
    expect(adeleDevices.some((device) => keysOf(contoso, device).length === 0)).toBe(true);
  });

  it("include a device with more keys than fit on two pages", () => {
    const counts = adeleDevices.map((device) => keysOf(contoso, device).length);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(12);
    expect(Math.max(...counts)).toBeGreaterThan(2 * EMULATOR_PAGE_SIZE);
  });

  it("have two keys a 4-digit Key ID prefix cannot tell apart but 8 digits can", () => {
    // Map.groupBy needs Node 21; the project supports Node 20.
    const byFirst4 = new Map<string, SeedRecoveryKey[]>();
    for (const key of adeleKeys) {
      const first4 = hex(key.id).slice(0, 4);
      byFirst4.set(first4, [...(byFirst4.get(first4) ?? []), key]);
    }
    const apartAt8 = [...byFirst4.values()].filter(
      (keys) => keys.length > 1 && new Set(keys.map((key) => hex(key.id).slice(0, 8))).size === keys.length,
    );
    expect(apartAt8.length).toBeGreaterThanOrEqual(1);
    for (const key of apartAt8.flat()) expect(matchKeyIds(hex(key.id).slice(0, 8), adeleKeys)).toEqual([key]);
  });

  it("have exactly one pair of keys on different devices that an 8-digit prefix finds together", () => {
    const ambiguous = adeleKeys
      .map((key) => matchKeyIds(hex(key.id).slice(0, 8), adeleKeys))
      .filter((matches) => matches.length > 1);
    expect(ambiguous).toHaveLength(2); // the same pair, found from either key
    const [first, second, ...more] = ambiguous[0] ?? [];
    expect(more).toEqual([]);
    expect(first?.deviceId).not.toBe(second?.deviceId);
    // Typing more of the Key ID settles it.
    expect(matchKeyIds(hex(first?.id ?? "").slice(0, 12), adeleKeys)).toEqual([first]);
  });
});

describe("the other Contoso accounts", () => {
  it("give Megan devices with keys that Adele does not own", () => {
    const megan = userOf(contoso, "megan.bowen@contoso.example");
    const meganKeys = keysOwnedBy(contoso, megan);
    expect(meganKeys.length).toBeGreaterThanOrEqual(1);
    expect(meganKeys.filter((key) => adeleKeys.includes(key))).toEqual([]);
  });

  it("give Alex no devices at all", () => {
    const alex = userOf(contoso, "alex.wilber@contoso.example");
    expect(
      contoso.devices.filter((device) => [...device.registeredOwners, ...device.registeredUsers].includes(alex.id)),
    ).toEqual([]);
  });

  it("give Lee nothing to own, while a hybrid-joined device without an owner has a key only admins can read", () => {
    const lee = userOf(contoso, "lee.gu@contoso.example");
    expect(ownedBy(contoso, lee)).toEqual([]);
    const hybrid = contoso.devices.filter(
      (device) => device.trustType === "ServerAd" && device.registeredOwners.length === 0,
    );
    expect(hybrid.some((device) => keysOf(contoso, device).length > 0)).toBe(true);
    // He is its registered user, so the portal can name the PC he should quote to the help desk.
    expect(hybrid.filter((device) => device.registeredUsers.includes(lee.id)).map((d) => d.displayName)).toEqual([
      "CONTOSO-WS-0142",
    ]);
  });

  it("belong to a tenant that allows self-service", () => {
    expect(contoso.allowedToReadBitlockerKeysForOwnedDevice).toBe(true);
  });
});

describe("the other tenants", () => {
  it("include Fabrikam, where self-service is off even though Nestor owns a device with a key", () => {
    const fabrikam = tenantOf("fabrikam.example");
    expect(fabrikam.allowedToReadBitlockerKeysForOwnedDevice).toBe(false);
    const nestor = userOf(fabrikam, "nestor.wilke@fabrikam.example");
    expect(keysOwnedBy(fabrikam, nestor).length).toBeGreaterThanOrEqual(1);
  });

  it("include the personal Microsoft accounts tenant, with Sam and no devices", () => {
    const personal = tenantOf("outlook.example");
    expect(personal.id).toBe(MSA_TENANT_ID);
    expect(personal.id).toBe("9188040d-6c67-4c5b-b112-36a304b66dad");
    expect(personal.displayName).toBe("Microsoft accounts");
    expect(personal.users.map((user) => user.userPrincipalName)).toEqual(["sam.personal@outlook.example"]);
    expect(personal.devices).toEqual([]);
    expect(personal.recoveryKeys).toEqual([]);
  });
});

const groupNamed = (tenant: SeedTenant, name: string) => {
  const group = (tenant.groups ?? []).find((candidate) => candidate.displayName === name);
  if (!group) throw new Error(`no group ${name}`);
  return group;
};
const primaryUserOf = (tenant: SeedTenant, device: SeedDevice) =>
  (tenant.managedDevices ?? []).find((managed) => managed.azureADDeviceId === device.deviceId)?.userId ?? null;

describe("directory roles, groups, Intune and KeyDesk's application", () => {
  it("uses only Microsoft's role template ids", () => {
    const known = new Set<string>(Object.values(DIRECTORY_ROLES));
    for (const user of seed.tenants.flatMap((tenant) => tenant.users)) {
      for (const role of user.directoryRoles ?? []) expect(known.has(role), role).toBe(true);
    }
  });

  it("gives Contoso a help-desk agent who may read keys and a reader who may not", () => {
    expect(userOf(contoso, "patti.fernandez@contoso.example").directoryRoles).toEqual([
      DIRECTORY_ROLES.helpdeskAdministrator,
    ]);
    const grady = userOf(contoso, "grady.archie@contoso.example");
    expect(grady.directoryRoles?.length).toBeGreaterThan(0);
    expect(grady.directoryRoles?.some((role) => BITLOCKER_READER_ROLES.includes(role))).toBe(false);
  });

  it("links every group member, managed device and primary user to its own tenant", () => {
    for (const tenant of seed.tenants) {
      const objects = new Set([...tenant.users.map((u) => u.id), ...tenant.devices.map((d) => d.id)]);
      for (const group of tenant.groups ?? [])
        for (const member of group.members) expect(objects.has(member)).toBe(true);
      for (const managed of tenant.managedDevices ?? []) {
        const device = tenant.devices.find((d) => d.deviceId === managed.azureADDeviceId);
        expect(device?.displayName).toBe(managed.deviceName);
        const user = tenant.users.find((u) => u.id === managed.userId);
        expect(user?.userPrincipalName).toBe(managed.userPrincipalName);
        expect(managed.joinType).toBe(device?.trustType === "ServerAd" ? "hybridAzureADJoined" : "azureADJoined");
      }
    }
  });

  it("makes Lee the Intune primary user of Contoso's hybrid PC that has no registered owner", () => {
    const hybrid = deviceNamed(contoso, "CONTOSO-WS-0142");
    expect(hybrid.registeredOwners).toEqual([]);
    expect(primaryUserOf(contoso, hybrid)).toBe(userOf(contoso, "lee.gu@contoso.example").id);
  });

  it("consents KeyDesk's application permissions in Contoso and Northwind, partly in Fabrikam, not for personal accounts", () => {
    const all = [
      "BitlockerKey.Read.All",
      "Device.Read.All",
      "DeviceManagementManagedDevices.PrivilegedOperations.All",
      "DeviceManagementManagedDevices.Read.All",
      "GroupMember.Read.All",
    ];
    expect([...(contoso.servicePrincipal?.appRoles ?? [])].sort()).toEqual(all);
    expect([...(tenantOf("northwind.example").servicePrincipal?.appRoles ?? [])].sort()).toEqual(all);
    expect(tenantOf("fabrikam.example").servicePrincipal?.appRoles).toEqual([
      "BitlockerKey.Read.All",
      "Device.Read.All",
    ]);
    expect(tenantOf("outlook.example").servicePrincipal).toBeUndefined();
  });
});

describe("Northwind, the tenant for brokered self-service", () => {
  const northwind = tenantOf("northwind.example");
  const selfService = groupNamed(northwind, "KeyDesk self-service");
  const excluded = groupNamed(northwind, "KeyDesk excluded devices");

  it("restricts owner self-service, as the security baselines recommend", () => {
    expect(northwind.allowedToReadBitlockerKeysForOwnedDevice).toBe(false);
  });

  it("has an owner in the self-service group whose laptop has a key", () => {
    const isaiah = userOf(northwind, "isaiah.langer@northwind.example");
    expect(selfService.members).toContain(isaiah.id);
    expect(keysOwnedBy(northwind, isaiah).length).toBeGreaterThan(0);
  });

  it("has a hybrid-joined PC with no owner whose Intune primary user is in the group", () => {
    const johanna = userOf(northwind, "johanna.lorenz@northwind.example");
    const hybrid = deviceNamed(northwind, "NW-PC-0317");
    expect(hybrid.trustType).toBe("ServerAd");
    expect(hybrid.registeredOwners).toEqual([]);
    expect(primaryUserOf(northwind, hybrid)).toBe(johanna.id);
    expect(selfService.members).toContain(johanna.id);
    expect(keysOf(northwind, hybrid)).toHaveLength(1);
  });

  it("has an owner outside the self-service group", () => {
    const miriam = userOf(northwind, "miriam.graham@northwind.example");
    expect(selfService.members).not.toContain(miriam.id);
    expect(keysOwnedBy(northwind, miriam).length).toBeGreaterThan(0);
  });

  it("has a server in the excluded devices group, owned by someone in the self-service group", () => {
    const server = deviceNamed(northwind, "NW-FS-01");
    expect(excluded.members).toEqual([server.id]);
    expect(server.registeredOwners.every((owner) => selfService.members.includes(owner))).toBe(true);
    expect(keysOf(northwind, server)).toHaveLength(1);
  });
});
