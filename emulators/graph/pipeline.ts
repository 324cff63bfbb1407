import type { IncomingMessage } from "node:http";
import { hasAnyScope, isPersonalAccount, resolveCaller, selfServiceAllowed } from "./caller";
import {
  GraphHttpError,
  forbidden,
  generalException,
  tokenEmpty,
  tokenInvalid,
  tokenUnknownPrincipal,
  userAgentMissing,
} from "./errors";
import { parseQuery } from "./odata/query";
import { type AuthOutcome, type RequestTarget, hasUserAgent } from "./request";
import { type GraphResponse, type RequestIds, errorResponse, jsonResponse } from "./response";
import { resolveRoute } from "./router";
import type { GraphDeps } from "./types";

/**
 * Authentication comes first, as Graph's gateway checks the token before any service sees the
 * request; then routing, the BitLocker service's User-Agent rule, permissions, the tenant's
 * self-service switch and finally the query. The order after routing is this emulator's choice.
 */
function answer(req: IncomingMessage, target: RequestTarget, auth: AuthOutcome, deps: GraphDeps): GraphResponse {
  if (auth.kind === "missing") throw tokenEmpty();
  if (auth.kind === "invalid") throw tokenInvalid();
  const caller = resolveCaller(deps.seed.tenants, auth.claims);
  if (!caller) throw tokenUnknownPrincipal();
  const route = resolveRoute(req.method ?? "GET", target.path);
  if (route.family === "bitlocker" && !hasUserAgent(req)) throw userAgentMissing();
  // Device and BitLocker APIs list personal accounts as "Not supported"; Graph's exact answer is
  // undocumented, so they get the same refusal as a missing permission.
  if (!route.personalAccounts && isPersonalAccount(caller)) throw forbidden(route.family);
  if (!hasAnyScope(caller, route.scopes)) throw forbidden(route.family);
  // Graph does not document this answer; 403 is what the facts sheet expects when it is off.
  if (route.family === "bitlocker" && !selfServiceAllowed(deps.state, caller.tenant)) throw forbidden("bitlocker");
  const query = parseQuery(target.query, route.family);
  return jsonResponse(200, route.handle({ caller, query, deps, canonicalPath: route.canonicalPath }));
}

export function runPipeline(
  req: IncomingMessage,
  target: RequestTarget,
  auth: AuthOutcome,
  deps: GraphDeps,
  ids: RequestIds,
): GraphResponse {
  try {
    return answer(req, target, auth, deps);
  } catch (error) {
    if (error instanceof GraphHttpError) return errorResponse(error, ids);
    console.error("[graph emulator]", error);
    return errorResponse(generalException(), ids);
  }
}
