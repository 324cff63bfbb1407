import {
  deviceCheckMemberGroupsRoute,
  deviceMemberOfRoute,
  deviceRoute,
  deviceUsersRoute,
  devicesRoute,
} from "./devices";
import {
  managedDeviceRoute,
  managedDevicesRoute,
  rotateBitLockerKeysRoute,
  userManagedDevicesRoute,
} from "./managed-devices";
import type { DeviceKey } from "./lookup";
import type { DirectoryRoute, GraphVersion } from "./route";
import { userCheckMemberGroupsRoute, userDevicesRoute, userMemberOfRoute, userRoute } from "./users";

const ALTERNATE_KEY = /^devices\(deviceId='([^']+)'\)$/i;

const VERSIONS = new Map<string, GraphVersion>([
  ["v1.0", "v1.0"],
  ["beta", "beta"],
]);

function devicePath(id: DeviceKey, tail: string | undefined): DirectoryRoute | null {
  switch (tail) {
    case undefined:
      return deviceRoute(id);
    case "registeredowners":
      return deviceUsersRoute(id, "registeredOwners");
    case "registeredusers":
      return deviceUsersRoute(id, "registeredUsers");
    case "memberof":
      return deviceMemberOfRoute(id, false);
    case "transitivememberof":
      return deviceMemberOfRoute(id, true);
    case "checkmembergroups":
      return deviceCheckMemberGroupsRoute(id);
    default:
      return null;
  }
}

function userPath(key: string, tail: string | undefined): DirectoryRoute | null {
  switch (tail) {
    case undefined:
      return userRoute(key);
    case "owneddevices":
      return userDevicesRoute(key, "ownedDevices");
    case "registereddevices":
      return userDevicesRoute(key, "registeredDevices");
    case "memberof":
      return userMemberOfRoute(key, false);
    case "transitivememberof":
      return userMemberOfRoute(key, true);
    case "checkmembergroups":
      return userCheckMemberGroupsRoute(key);
    case "manageddevices":
      return userManagedDevicesRoute(key);
    default:
      return null;
  }
}

/** Intune serves v1.0 and beta; rotateBitLockerKeys exists only in beta. */
function intunePath(version: GraphVersion, id: string | undefined, tail: string | undefined, extra: number) {
  if (extra > 0) return null;
  if (id === undefined) return managedDevicesRoute;
  if (tail === undefined) return managedDeviceRoute(id);
  if (tail === "rotatebitlockerkeys" && version === "beta") return rotateBitLockerKeysRoute(id);
  return null;
}

/**
 * The directory and Intune routes that app-only callers and role holders use (`/devices`,
 * `/users/{id}`, `/deviceManagement/managedDevices` …). Null hands the path to the original
 * router, which answers `/me` and the BitLocker API and refuses everything else.
 */
export function matchDirectoryRoute(
  segments: readonly string[],
): { route: DirectoryRoute; version: GraphVersion } | null {
  const [rawVersion = "", collection = "", id, tail, ...rest] = segments;
  const version = VERSIONS.get(rawVersion.toLowerCase());
  if (!version) return null;
  const lower = { collection: collection.toLowerCase(), tail: tail?.toLowerCase() };
  let route: DirectoryRoute | null = null;
  const alternate = ALTERNATE_KEY.exec(collection)?.[1];
  if (version === "v1.0" && alternate !== undefined && rest.length === 0 && tail === undefined) {
    route = devicePath({ by: "deviceId", value: alternate }, id?.toLowerCase());
  } else if (version === "v1.0" && lower.collection === "devices" && rest.length === 0) {
    route = id === undefined ? devicesRoute : devicePath({ by: "id", value: id }, lower.tail);
  } else if (version === "v1.0" && lower.collection === "users" && id !== undefined && rest.length === 0) {
    route = userPath(id, lower.tail);
  } else if (version === "v1.0" && lower.collection === "me" && tail === undefined && id !== undefined) {
    // The caller's own group memberships; `/me`, its devices and the rest stay with the original router.
    const own = id.toLowerCase();
    if (own === "memberof" || own === "transitivememberof" || own === "checkmembergroups") route = userPath("me", own);
  } else if (lower.collection === "devicemanagement" && id?.toLowerCase() === "manageddevices") {
    route = intunePath(version, tail, rest[0]?.toLowerCase(), rest.length - 1);
  }
  return route ? { route, version } : null;
}
