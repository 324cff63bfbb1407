import { visibleRecoveryKeys } from "../caller";
import { RECOVERY_KEY_PROPERTIES, RECOVERY_KEY_TYPE, toRecoveryKeyMetadata } from "../entities/recovery-key";
import { contextUrl } from "../odata/context";
import { parseDeviceIdFilter } from "../odata/filter";
import { nextLink, paginate } from "../odata/paging";
import { assertOnlyOptions } from "../odata/query";
import { parseSelect, project, selectSuffix } from "../odata/select";
import { RECOVERY_KEY_METADATA_SCOPES } from "../scopes";
import type { Route } from "./route";

export const RECOVERY_KEYS_PATH = "/v1.0/informationProtection/bitlocker/recoveryKeys";

export const recoveryKeysRoute: Route = {
  family: "bitlocker",
  canonicalPath: RECOVERY_KEYS_PATH,
  personalAccounts: false,
  scopes: RECOVERY_KEY_METADATA_SCOPES,
  handle: ({ caller, query, deps, canonicalPath }) => {
    // "This method does not support $top" (List recoveryKeys, v1.0). Refusing it here makes a
    // client that sends it fail in tests instead of paging differently in production.
    assertOnlyOptions(query, ["$filter", "$select", "$skiptoken"], "bitlocker");
    const select = parseSelect(query.options.get("$select"), RECOVERY_KEY_PROPERTIES, RECOVERY_KEY_TYPE, "bitlocker");
    // "This operation does not return the key property": a selected `key` is dropped, not refused,
    // since the docs describe an omission rather than an error.
    const metadataOnly = select?.filter((name) => name !== "key");
    const listSelect = metadataOnly ? (metadataOnly.length > 0 ? metadataOnly : ["id"]) : null;
    const deviceId = parseDeviceIdFilter(query.options.get("$filter"));
    const keys = visibleRecoveryKeys(caller).filter(
      (key) => deviceId === null || key.deviceId.toLowerCase() === deviceId,
    );
    const page = paginate(keys, {
      scope: ["recoveryKeys", caller.tenant.id, caller.user.id, deviceId ?? "*"],
      pageSize: deps.state.config.pageSize,
      skiptoken: query.options.get("$skiptoken"),
      family: "bitlocker",
    });
    return {
      "@odata.context": contextUrl(
        deps.baseUrl,
        `informationProtection/bitlocker/recoveryKeys${selectSuffix(listSelect)}`,
      ),
      ...(page.nextSkiptoken && {
        "@odata.nextLink": nextLink(deps.baseUrl, canonicalPath, query, page.nextSkiptoken),
      }),
      value: page.items.map((key) => project(toRecoveryKeyMetadata(key), listSelect)),
    };
  },
};
