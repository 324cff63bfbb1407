import { INTUNE_OPERATOR_ROLES, INTUNE_READER_ROLES } from "../../seed/directory-roles";
import type { SeedManagedDevice } from "../../seed/types";
import { MANAGED_DEVICE_TYPE, managedDeviceProperties, toManagedDeviceJson } from "../entities/managed-device";
import { contextUrl } from "../odata/context";
import { type FilterableProperty, compileFilter } from "../odata/filter-clauses";
import { assertOnlyOptions } from "../odata/query";
import { parseSelect, project, selectSuffix } from "../odata/select";
import { scheduleRotation } from "../rotation";
import { collection } from "./collection";
import { managedDeviceById, managedDevicesOf, userByIdOrUpn } from "./lookup";
import { type DirectoryRoute, type DirectoryRouteContext, NO_CONTENT } from "./route";

/** "List managedDevices": DeviceManagementManagedDevices.Read.All or ReadWrite.All, both ways. */
const MANAGED_DEVICES_READ = [
  "DeviceManagementManagedDevices.Read.All",
  "DeviceManagementManagedDevices.ReadWrite.All",
];
/** "rotateBitLockerKeys" (beta). */
const PRIVILEGED_OPERATIONS = ["DeviceManagementManagedDevices.PrivilegedOperations.All"];

/** Intune's `$filter` on managed devices: equality on the ids and names, a prefix on the device name. */
const MANAGED_DEVICE_FILTERS: FilterableProperty<SeedManagedDevice>[] = [
  { name: "azureADDeviceId", operators: ["eq"], valueOf: (d) => d.azureADDeviceId },
  { name: "userPrincipalName", operators: ["eq"], valueOf: (d) => d.userPrincipalName },
  { name: "userId", operators: ["eq"], valueOf: (d) => d.userId },
  { name: "deviceName", operators: ["eq", "startswith"], valueOf: (d) => d.deviceName },
  { name: "operatingSystem", operators: ["eq"], valueOf: () => "Windows" },
];

function listManagedDevices(context: DirectoryRouteContext, devices: readonly SeedManagedDevice[]) {
  const { query, version } = context;
  assertOnlyOptions(query, ["$filter", "$select", "$top", "$skiptoken"], "directory");
  const select = parseSelect(
    query.options.get("$select"),
    managedDeviceProperties(version),
    MANAGED_DEVICE_TYPE,
    "directory",
  );
  const filter = compileFilter(query.options.get("$filter"), MANAGED_DEVICE_FILTERS, {
    resource: "managedDevice",
    family: "directory",
    advanced: false,
  });
  return collection(context, filter ? devices.filter(filter) : devices, {
    fragment: `deviceManagement/managedDevices${selectSuffix(select)}`,
    render: (device) => project(toManagedDeviceJson(device, version), select),
  });
}

/**
 * Delegated calls to Intune also need an Intune role (Intune Administrator, Global
 * Administrator; Global Reader may read); app-only calls need only the application permission.
 */
export const managedDevicesRoute: DirectoryRoute = {
  family: "directory",
  method: "GET",
  canonicalPath: "/deviceManagement/managedDevices",
  delegatedScopes: MANAGED_DEVICES_READ,
  delegatedRoles: INTUNE_READER_ROLES,
  applicationRoles: MANAGED_DEVICES_READ,
  handle: (context) => listManagedDevices(context, managedDevicesOf(context.tenant)),
};

export function managedDeviceRoute(id: string): DirectoryRoute {
  return {
    ...managedDevicesRoute,
    canonicalPath: `/deviceManagement/managedDevices/${id}`,
    handle: ({ query, tenant, deps, version }) => {
      assertOnlyOptions(query, ["$select"], "directory");
      const select = parseSelect(
        query.options.get("$select"),
        managedDeviceProperties(version),
        MANAGED_DEVICE_TYPE,
        "directory",
      );
      const url = contextUrl(deps.baseUrl, `deviceManagement/managedDevices${selectSuffix(select)}/$entity`);
      return {
        "@odata.context": version === "beta" ? url.replace("/v1.0/", "/beta/") : url,
        ...project(toManagedDeviceJson(managedDeviceById(tenant, id), version), select),
      };
    },
  };
}

/** `/users/{id}/managedDevices`: the devices whose Intune primary user this is. */
export function userManagedDevicesRoute(key: string): DirectoryRoute {
  return {
    ...managedDevicesRoute,
    canonicalPath: `/users/${key}/managedDevices`,
    handle: (context) => {
      const user = userByIdOrUpn(context.tenant, key);
      return listManagedDevices(
        context,
        managedDevicesOf(context.tenant).filter((device) => device.userId === user.id),
      );
    },
  };
}

/**
 * `POST /beta/deviceManagement/managedDevices/{id}/rotateBitLockerKeys`: 204 at once; the device
 * backs up a new recovery key a little later (EmulatorConfig.rotationDelayMs). The old key stays
 * listed, as it does until Windows removes a used one.
 */
export function rotateBitLockerKeysRoute(id: string): DirectoryRoute {
  return {
    family: "directory",
    method: "POST",
    canonicalPath: `/deviceManagement/managedDevices/${id}/rotateBitLockerKeys`,
    delegatedScopes: PRIVILEGED_OPERATIONS,
    delegatedRoles: INTUNE_OPERATOR_ROLES,
    applicationRoles: PRIVILEGED_OPERATIONS,
    handle: ({ query, tenant, deps }) => {
      assertOnlyOptions(query, [], "directory");
      scheduleRotation(deps.state, tenant, managedDeviceById(tenant, id));
      return NO_CONTENT;
    },
  };
}
