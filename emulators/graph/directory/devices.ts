import { DEVICE_PROPERTIES, toDeviceJson } from "../entities/device";
import { groupAsDirectoryObject, userAsDirectoryObject } from "../entities/directory-object";
import type { SeedDevice } from "../../seed/types";
import { contextUrl } from "../odata/context";
import { type FilterableProperty, compileFilter } from "../odata/filter-clauses";
import { assertOnlyOptions } from "../odata/query";
import { parseSelect, project, selectSuffix } from "../odata/select";
import { advancedQuery, compileSearch } from "./advanced-query";
import { collection } from "./collection";
import { checkMemberGroups } from "./check-member-groups";
import { type DeviceKey, deviceBy, devicePathOf, groupsOf, usersByIds } from "./lookup";
import type { DirectoryRoute } from "./route";

/** "List devices" / "Get device" / "List registeredOwners": Device.Read.All and up, both ways. */
const DEVICE_READ = ["Device.Read.All", "Device.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];
/** "List device memberOf" / "device: checkMemberGroups". */
const DEVICE_GROUPS_READ = ["Device.Read.All", "GroupMember.Read.All", "Group.Read.All", "Directory.Read.All"];

/** The device properties the docs mark as filterable, with the operators default and advanced queries allow. */
const DEVICE_FILTERS: FilterableProperty<SeedDevice>[] = [
  { name: "deviceId", operators: ["eq", "startswith"], advancedOperators: ["ne"], valueOf: (d) => d.deviceId },
  {
    name: "displayName",
    operators: ["eq", "startswith"],
    advancedOperators: ["ne", "endswith"],
    valueOf: (d) => d.displayName,
  },
  {
    name: "operatingSystem",
    operators: ["eq", "startswith"],
    advancedOperators: ["ne"],
    valueOf: (d) => d.operatingSystem,
  },
  { name: "trustType", operators: ["eq"], advancedOperators: ["ne"], valueOf: (d) => d.trustType },
];

export const devicesRoute: DirectoryRoute = {
  family: "directory",
  method: "GET",
  canonicalPath: "/devices",
  delegatedScopes: DEVICE_READ,
  applicationRoles: DEVICE_READ,
  handle: (context) => {
    const { query, headers, tenant } = context;
    assertOnlyOptions(query, ["$filter", "$search", "$select", "$top", "$count", "$skiptoken"], "directory");
    const { advanced, wantsCount } = advancedQuery(query, headers);
    const select = parseSelect(query.options.get("$select"), DEVICE_PROPERTIES, "microsoft.graph.device", "directory");
    const filter = compileFilter(query.options.get("$filter"), DEVICE_FILTERS, {
      resource: "Device",
      family: "directory",
      advanced,
    });
    const search = compileSearch(query.options.get("$search"), { displayName: (d: SeedDevice) => d.displayName });
    const devices = tenant.devices.filter((d) => (filter?.(d) ?? true) && (search?.(d) ?? true));
    return collection(context, devices, {
      fragment: `devices${selectSuffix(select)}`,
      render: (device) => project(toDeviceJson(device), select),
      count: wantsCount,
    });
  },
};

export function deviceRoute(key: DeviceKey): DirectoryRoute {
  return {
    family: "directory",
    method: "GET",
    canonicalPath: devicePathOf(key),
    delegatedScopes: DEVICE_READ,
    applicationRoles: DEVICE_READ,
    handle: ({ query, tenant, deps }) => {
      assertOnlyOptions(query, ["$select"], "directory");
      const select = parseSelect(
        query.options.get("$select"),
        DEVICE_PROPERTIES,
        "microsoft.graph.device",
        "directory",
      );
      return {
        "@odata.context": contextUrl(deps.baseUrl, `devices${selectSuffix(select)}/$entity`),
        ...project(toDeviceJson(deviceBy(tenant, key)), select),
      };
    },
  };
}

/** `/devices/{id}/registeredOwners` and `/registeredUsers`: the users, typed as directory objects. */
export function deviceUsersRoute(key: DeviceKey, relation: "registeredOwners" | "registeredUsers"): DirectoryRoute {
  return {
    family: "directory",
    method: "GET",
    canonicalPath: `${devicePathOf(key)}/${relation}`,
    delegatedScopes: DEVICE_READ,
    applicationRoles: DEVICE_READ,
    handle: (context) => {
      assertOnlyOptions(context.query, ["$select", "$top", "$skiptoken"], "directory");
      const device = deviceBy(context.tenant, key);
      return collection(context, usersByIds(context.tenant, device[relation]), {
        fragment: "directoryObjects",
        render: userAsDirectoryObject,
      });
    },
  };
}

export function deviceMemberOfRoute(key: DeviceKey, transitive: boolean): DirectoryRoute {
  const segment = transitive ? "transitiveMemberOf" : "memberOf";
  return {
    family: "directory",
    method: "GET",
    canonicalPath: `${devicePathOf(key)}/${segment}`,
    delegatedScopes: DEVICE_GROUPS_READ,
    applicationRoles: DEVICE_GROUPS_READ,
    handle: (context) => {
      assertOnlyOptions(context.query, ["$select", "$top", "$skiptoken"], "directory");
      const device = deviceBy(context.tenant, key);
      return collection(context, groupsOf(context.tenant, device.id, transitive), {
        fragment: "directoryObjects",
        render: groupAsDirectoryObject,
      });
    },
  };
}

export function deviceCheckMemberGroupsRoute(key: DeviceKey): DirectoryRoute {
  return {
    family: "directory",
    method: "POST",
    canonicalPath: `${devicePathOf(key)}/checkMemberGroups`,
    delegatedScopes: DEVICE_GROUPS_READ,
    applicationRoles: DEVICE_GROUPS_READ,
    handle: (context) => checkMemberGroups(context, deviceBy(context.tenant, key).id),
  };
}
