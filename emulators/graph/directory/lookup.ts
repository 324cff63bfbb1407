import type { SeedDevice, SeedGroup, SeedManagedDevice, SeedTenant, SeedUser } from "../../seed/types";
import { GraphHttpError, delegatedOnly } from "../errors";
import type { Principal } from "../principal";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Graph's answer for an object id the directory does not hold (or holds in another tenant). */
export const resourceNotFound = (id: string) =>
  new GraphHttpError(
    404,
    "Request_ResourceNotFound",
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );

/** A device is addressed by its object id (`/devices/{id}`) or its alternate key (`/devices(deviceId='{deviceId}')`). */
export type DeviceKey = { by: "id" | "deviceId"; value: string };

export const devicePathOf = (key: DeviceKey) =>
  key.by === "id" ? `/devices/${key.value}` : `/devices(deviceId='${key.value}')`;

export function deviceBy(tenant: SeedTenant, key: DeviceKey): SeedDevice {
  const device = tenant.devices.find((candidate) =>
    same(key.by === "id" ? candidate.id : candidate.deviceId, key.value),
  );
  if (!device) throw resourceNotFound(key.value);
  return device;
}

/** `/users/{id | userPrincipalName}`. */
export function userByIdOrUpn(tenant: SeedTenant, key: string): SeedUser {
  const user = tenant.users.find((candidate) => same(candidate.id, key) || same(candidate.userPrincipalName, key));
  if (!user) throw resourceNotFound(key);
  return user;
}

/** The user a `/users/{key}` path names; `me` is the signed-in caller (an app has none). */
export function subjectUser(tenant: SeedTenant, principal: Principal, key: string): SeedUser {
  if (key.toLowerCase() !== "me") return userByIdOrUpn(tenant, key);
  if (principal.kind === "app") throw delegatedOnly();
  return principal.caller.user;
}

export const usersByIds = (tenant: SeedTenant, ids: readonly string[]) =>
  tenant.users.filter((user) => ids.some((id) => same(id, user.id)));

/** Groups the object belongs to: directly, or also through nested groups when `transitive`. */
export function groupsOf(tenant: SeedTenant, objectId: string, transitive: boolean): SeedGroup[] {
  const groups = tenant.groups ?? [];
  const found: SeedGroup[] = [];
  let frontier = [objectId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const group of groups) {
      if (found.includes(group)) continue;
      if (group.members.some((member) => frontier.some((id) => same(id, member)))) {
        found.push(group);
        next.push(group.id);
      }
    }
    frontier = transitive ? next : [];
  }
  return found;
}

export const managedDevicesOf = (tenant: SeedTenant): SeedManagedDevice[] => tenant.managedDevices ?? [];

export function managedDeviceById(tenant: SeedTenant, id: string): SeedManagedDevice {
  const device = managedDevicesOf(tenant).find((candidate) => same(candidate.id, id));
  if (!device) {
    throw new GraphHttpError(404, "ResourceNotFound", `Resource not found for the segment '${id}'.`);
  }
  return device;
}

/** Who asked, for binding skip tokens to one caller. */
export const principalId = (principal: Principal) =>
  principal.kind === "app" ? principal.app.servicePrincipalId : principal.caller.user.id;
