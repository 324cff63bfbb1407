import type { IncomingMessage } from "node:http";
import { isPersonalAccount, hasAnyScope } from "../caller";
import { forbidden, methodNotAllowed } from "../errors";
import { parseQuery } from "../odata/query";
import { grantsAny, type Principal } from "../principal";
import type { RequestTarget } from "../request";
import { type GraphResponse, jsonResponse } from "../response";
import type { GraphDeps } from "../types";
import { type DirectoryRoute, type GraphVersion, NO_CONTENT } from "./route";

/** Permissions first (delegated scopes and roles, or the app's roles), then the query, then the handler. */
export function answerDirectoryRoute(
  req: IncomingMessage,
  target: RequestTarget,
  body: string,
  principal: Principal,
  match: { route: DirectoryRoute; version: GraphVersion },
  deps: GraphDeps,
): GraphResponse {
  const { route, version } = match;
  if ((req.method ?? "GET") !== route.method) throw methodNotAllowed();
  if (principal.kind === "app") {
    if (!route.applicationRoles || !grantsAny(principal.app.roles, route.applicationRoles)) {
      throw forbidden(route.family);
    }
  } else {
    const { caller } = principal;
    if (isPersonalAccount(caller) || !route.delegatedScopes || !hasAnyScope(caller, route.delegatedScopes)) {
      throw forbidden(route.family);
    }
    if (route.delegatedRoles && !grantsAny(caller.directoryRoles ?? [], route.delegatedRoles)) {
      throw forbidden(route.family);
    }
  }
  const tenant = principal.kind === "app" ? principal.app.tenant : principal.caller.tenant;
  const result = route.handle({
    principal,
    tenant,
    query: parseQuery(target.query, route.family),
    body,
    headers: req.headers,
    deps,
    version,
    canonicalPath: `/${version}${route.canonicalPath}`,
  });
  return result === NO_CONTENT ? { status: 204, body: "", headers: {} } : jsonResponse(200, result);
}
