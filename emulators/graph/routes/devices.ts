import { devicesOf } from "../caller";
import { DEVICE_PROPERTIES, toDeviceJson } from "../entities/device";
import { contextUrl } from "../odata/context";
import { nextLink, paginate } from "../odata/paging";
import { assertOnlyOptions, parseTop } from "../odata/query";
import { parseSelect, project, selectSuffix } from "../odata/select";
import { DEVICE_LIST_SCOPES } from "../scopes";
import type { Route } from "./route";

function deviceListRoute(segment: "ownedDevices" | "registeredDevices"): Route {
  const relation = segment === "ownedDevices" ? "registeredOwners" : "registeredUsers";
  return {
    family: "directory",
    canonicalPath: `/v1.0/me/${segment}`,
    personalAccounts: false,
    scopes: DEVICE_LIST_SCOPES,
    handle: ({ caller, query, deps, canonicalPath }) => {
      assertOnlyOptions(query, ["$select", "$top", "$skiptoken"], "directory");
      const select = parseSelect(
        query.options.get("$select"),
        DEVICE_PROPERTIES,
        "microsoft.graph.device",
        "directory",
      );
      // On directory collections $top is the page size; the rest follows through @odata.nextLink.
      const top = parseTop(query.options.get("$top"), "directory");
      const page = paginate(devicesOf(caller, relation), {
        scope: [segment, caller.tenant.id, caller.user.id],
        pageSize: top ?? deps.state.config.pageSize,
        skiptoken: query.options.get("$skiptoken"),
        family: "directory",
      });
      return {
        "@odata.context": contextUrl(deps.baseUrl, `directoryObjects${selectSuffix(select)}`),
        ...(page.nextSkiptoken && {
          "@odata.nextLink": nextLink(deps.baseUrl, canonicalPath, query, page.nextSkiptoken),
        }),
        value: page.items.map((device) => project(toDeviceJson(device), select)),
      };
    },
  };
}

export const ownedDevicesRoute = deviceListRoute("ownedDevices");
export const registeredDevicesRoute = deviceListRoute("registeredDevices");
