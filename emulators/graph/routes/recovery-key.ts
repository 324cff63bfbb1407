import { hasAnyScope, visibleRecoveryKeys } from "../caller";
import { RECOVERY_KEY_PROPERTIES, RECOVERY_KEY_TYPE, toRecoveryKeyMetadata } from "../entities/recovery-key";
import { forbidden, invalidRecoveryKeyId, recoveryKeyNotFound } from "../errors";
import { contextUrl } from "../odata/context";
import { GUID_PATTERN } from "../odata/filter";
import { assertOnlyOptions } from "../odata/query";
import { parseSelect, project, selectSuffix } from "../odata/select";
import { RECOVERY_KEY_METADATA_SCOPES, RECOVERY_KEY_SECRET_SCOPES } from "../scopes";
import { RECOVERY_KEYS_PATH } from "./recovery-keys";
import type { Route } from "./route";

/**
 * GET …/recoveryKeys/{id}. The only response that may carry `key`, and only when `$select`
 * names it. `$select` keeps just the named properties (plus id and the type tag): the docs'
 * example shows all metadata next to the key, but OData projection trims it, and a client
 * should not rely on fields it did not ask for.
 */
export function recoveryKeyRoute(rawId: string): Route {
  return {
    family: "bitlocker",
    canonicalPath: `${RECOVERY_KEYS_PATH}/${rawId}`,
    personalAccounts: false,
    scopes: RECOVERY_KEY_METADATA_SCOPES,
    handle: ({ caller, query, deps }) => {
      assertOnlyOptions(query, ["$select"], "bitlocker");
      const select = parseSelect(query.options.get("$select"), RECOVERY_KEY_PROPERTIES, RECOVERY_KEY_TYPE, "bitlocker");
      if (!GUID_PATTERN.test(rawId)) throw invalidRecoveryKeyId();
      const wantsKey = select?.includes("key") ?? false;
      // ReadBasic covers metadata only; the key itself needs BitlockerKey.Read.All.
      if (wantsKey && !hasAnyScope(caller, RECOVERY_KEY_SECRET_SCOPES)) throw forbidden("bitlocker");
      // Someone else's key answers exactly like a missing one, so ids cannot be probed.
      const key = visibleRecoveryKeys(caller).find((candidate) => candidate.id.toLowerCase() === rawId.toLowerCase());
      if (!key) throw recoveryKeyNotFound();
      return {
        "@odata.context": contextUrl(
          deps.baseUrl,
          `informationProtection/bitlocker/recoveryKeys${selectSuffix(select)}/$entity`,
        ),
        ...project(toRecoveryKeyMetadata(key), select),
        ...(wantsKey && { key: key.key }),
      };
    },
  };
}
