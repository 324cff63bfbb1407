import { devicesOf, endpointsOwnedBy } from "../caller";
import { DEVICE_PROPERTIES, toDeviceJson } from "../entities/device";
import { toEndpointJson } from "../entities/endpoint";
import { contextUrl } from "../odata/context";
import { nextLink, paginate } from "../odata/paging";
import { assertOnlyOptions, parseTop } from "../odata/query";
import { parseSelect, project, selectSuffix } from "../odata/select";
import { DEVICE_LIST_SCOPES } from "../scopes";
import type { Route } from "./route";

/** The OData type cast segment that narrows a directoryObject collection to devices. */
export const DEVICE_CAST = "microsoft.graph.device";

/**
 * `/me/ownedDevices` and `/me/registeredDevices` are directoryObject collections: owned ones can
 * hold non-device objects (endpoints here). With the cast segment only devices come back, and the
 * context names the devices entity set.
 */
function deviceListRoute(segment: "ownedDevices" | "registeredDevices", cast: boolean): Route {
  const relation = segment === "ownedDevices" ? "registeredOwners" : "registeredUsers";
  const canonicalPath = `/v1.0/me/${segment}${cast ? `/${DEVICE_CAST}` : ""}`;
  return {
    family: "directory",
    canonicalPath,
    personalAccounts: false,
    scopes: DEVICE_LIST_SCOPES,
    handle: ({ caller, query, deps }) => {
      assertOnlyOptions(query, ["$select", "$top", "$skiptoken"], "directory");
      const select = parseSelect(
        query.options.get("$select"),
        DEVICE_PROPERTIES,
        "microsoft.graph.device",
        "directory",
      );
      const devices = devicesOf(caller, relation).map(toDeviceJson);
      const others = cast || segment !== "ownedDevices" ? [] : endpointsOwnedBy(caller).map(toEndpointJson);
      // On directory collections $top is the page size; the rest follows through @odata.nextLink.
      const top = parseTop(query.options.get("$top"), "directory");
      const page = paginate([...devices, ...others], {
        scope: [canonicalPath, caller.tenant.id, caller.user.id],
        pageSize: top ?? deps.state.config.pageSize,
        skiptoken: query.options.get("$skiptoken"),
        family: "directory",
      });
      return {
        "@odata.context": contextUrl(deps.baseUrl, `${cast ? "devices" : "directoryObjects"}${selectSuffix(select)}`),
        ...(page.nextSkiptoken && {
          "@odata.nextLink": nextLink(deps.baseUrl, canonicalPath, query, page.nextSkiptoken),
        }),
        value: page.items.map((item) => project(item, select)),
      };
    },
  };
}

export const ownedDevicesRoute = deviceListRoute("ownedDevices", false);
export const ownedDevicesCastRoute = deviceListRoute("ownedDevices", true);
export const registeredDevicesRoute = deviceListRoute("registeredDevices", false);
export const registeredDevicesCastRoute = deviceListRoute("registeredDevices", true);
