import { USER_PROPERTIES, toUserJson } from "../entities/user";
import { contextUrl } from "../odata/context";
import { assertOnlyOptions } from "../odata/query";
import { parseSelect, project, selectSuffix } from "../odata/select";
import { ME_SCOPES } from "../scopes";
import type { Route } from "./route";

export const meRoute: Route = {
  family: "directory",
  canonicalPath: "/v1.0/me",
  personalAccounts: true,
  scopes: ME_SCOPES,
  handle: ({ caller, query, deps }) => {
    assertOnlyOptions(query, ["$select"], "directory");
    const select = parseSelect(query.options.get("$select"), USER_PROPERTIES, "microsoft.graph.user", "directory");
    return {
      "@odata.context": contextUrl(deps.baseUrl, `users${selectSuffix(select)}/$entity`),
      ...project(toUserJson(caller.user), select),
    };
  },
};
