import { DEVICE_PROPERTIES, toDeviceJson } from "../entities/device";
import { groupAsDirectoryObject } from "../entities/directory-object";
import { USER_PROPERTIES, toUserJson } from "../entities/user";
import { contextUrl } from "../odata/context";
import { assertOnlyOptions } from "../odata/query";
import { parseSelect, project, selectSuffix } from "../odata/select";
import { checkMemberGroups } from "./check-member-groups";
import { collection } from "./collection";
import { groupsOf, subjectUser, userByIdOrUpn } from "./lookup";
import type { DirectoryRoute } from "./route";

/** "Get user" for another user: User.ReadBasic.All and up, delegated and application. */
const USER_READ = [
  "User.ReadBasic.All",
  "User.Read.All",
  "User.ReadWrite.All",
  "Directory.Read.All",
  "Directory.ReadWrite.All",
];
/** "List ownedDevices" / "List registeredDevices": delegated only; "Application: Not supported". */
const USER_DEVICES_DELEGATED = [
  "User.Read",
  "User.Read.All",
  "User.ReadWrite.All",
  "Directory.Read.All",
  "Directory.ReadWrite.All",
];
/** "List transitiveMemberOf" / "checkMemberGroups" of a user. */
const USER_GROUPS_READ = ["GroupMember.Read.All", "Group.Read.All", "User.Read.All", "Directory.Read.All"];

export function userRoute(key: string): DirectoryRoute {
  return {
    family: "directory",
    method: "GET",
    canonicalPath: `/users/${key}`,
    delegatedScopes: USER_READ,
    applicationRoles: USER_READ,
    handle: ({ query, tenant, deps }) => {
      assertOnlyOptions(query, ["$select"], "directory");
      const select = parseSelect(query.options.get("$select"), USER_PROPERTIES, "microsoft.graph.user", "directory");
      return {
        "@odata.context": contextUrl(deps.baseUrl, `users${selectSuffix(select)}/$entity`),
        ...project(toUserJson(userByIdOrUpn(tenant, key)), select),
      };
    },
  };
}

export function userDevicesRoute(key: string, segment: "ownedDevices" | "registeredDevices"): DirectoryRoute {
  const relation = segment === "ownedDevices" ? "registeredOwners" : "registeredUsers";
  return {
    family: "directory",
    method: "GET",
    canonicalPath: `/users/${key}/${segment}`,
    delegatedScopes: USER_DEVICES_DELEGATED,
    applicationRoles: null,
    handle: (context) => {
      const { query, tenant } = context;
      assertOnlyOptions(query, ["$select", "$top", "$skiptoken"], "directory");
      const select = parseSelect(
        query.options.get("$select"),
        DEVICE_PROPERTIES,
        "microsoft.graph.device",
        "directory",
      );
      const user = userByIdOrUpn(tenant, key);
      const devices = tenant.devices.filter((device) => device[relation].includes(user.id));
      return collection(context, devices, {
        fragment: `directoryObjects${selectSuffix(select)}`,
        render: (device) => project(toDeviceJson(device), select),
      });
    },
  };
}

/** A person may read their own memberships with User.Read ("List a user's memberships" for /me). */
const groupScopesFor = (key: string) =>
  key.toLowerCase() === "me" ? ["User.Read", ...USER_GROUPS_READ] : USER_GROUPS_READ;
const userPathOf = (key: string) => (key.toLowerCase() === "me" ? "/me" : `/users/${key}`);

export function userMemberOfRoute(key: string, transitive: boolean): DirectoryRoute {
  const segment = transitive ? "transitiveMemberOf" : "memberOf";
  return {
    family: "directory",
    method: "GET",
    canonicalPath: `${userPathOf(key)}/${segment}`,
    delegatedScopes: groupScopesFor(key),
    applicationRoles: USER_GROUPS_READ,
    handle: (context) => {
      assertOnlyOptions(context.query, ["$select", "$top", "$skiptoken"], "directory");
      const user = subjectUser(context.tenant, context.principal, key);
      return collection(context, groupsOf(context.tenant, user.id, transitive), {
        fragment: "directoryObjects",
        render: groupAsDirectoryObject,
      });
    },
  };
}

export function userCheckMemberGroupsRoute(key: string): DirectoryRoute {
  return {
    family: "directory",
    method: "POST",
    canonicalPath: `${userPathOf(key)}/checkMemberGroups`,
    delegatedScopes: groupScopesFor(key),
    applicationRoles: USER_GROUPS_READ,
    handle: (context) => checkMemberGroups(context, subjectUser(context.tenant, context.principal, key).id),
  };
}
