import type { IncomingMessage } from "node:http";
import { hasAnyScope, isPersonalAccount, readsEveryKey, selfServiceAllowed } from "./caller";
import { answerDirectoryRoute } from "./directory/pipeline";
import { matchDirectoryRoute } from "./directory/router";
import {
  GraphHttpError,
  delegatedOnly,
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
import { appAsCaller, resolvePrincipal } from "./principal";
import { resolveRoute, segmentsOf } from "./router";
import type { GraphDeps } from "./types";

/**
 * Authentication comes first, as Graph's gateway checks the token before any service sees the
 * request; then routing, the BitLocker service's User-Agent rule, permissions, the tenant's
 * self-service switch and finally the query. The order after routing is this emulator's choice.
 */
function answer(
  req: IncomingMessage,
  target: RequestTarget,
  body: string,
  auth: AuthOutcome,
  deps: GraphDeps,
): GraphResponse {
  if (auth.kind === "missing") throw tokenEmpty();
  if (auth.kind === "invalid") throw tokenInvalid();
  const principal = resolvePrincipal(deps, auth.claims);
  if (!principal) throw tokenUnknownPrincipal();
  const directory = matchDirectoryRoute(segmentsOf(target.path));
  if (directory) return answerDirectoryRoute(req, target, body, principal, directory, deps);
  const route = resolveRoute(req.method ?? "GET", target.path);
  // `/me` needs a signed-in user; the BitLocker API serves apps with the same permission names.
  if (principal.kind === "app" && route.family !== "bitlocker") throw delegatedOnly();
  const caller = principal.kind === "app" ? appAsCaller(principal.app) : principal.caller;
  if (route.family === "bitlocker" && !hasUserAgent(req)) throw userAgentMissing();
  // Device and BitLocker APIs list personal accounts as "Not supported"; Graph's exact answer is
  // undocumented, so they get the same refusal as a missing permission.
  if (!route.personalAccounts && isPersonalAccount(caller)) throw forbidden(route.family);
  if (!hasAnyScope(caller, route.scopes)) throw forbidden(route.family);
  // Graph does not document this answer; 403 is what the facts sheet expects when it is off.
  // The switch restricts owners only; role holders and apps read keys regardless.
  if (route.family === "bitlocker" && !readsEveryKey(caller) && !selfServiceAllowed(deps.state, caller.tenant)) {
    throw forbidden("bitlocker");
  }
  const query = parseQuery(target.query, route.family);
  return jsonResponse(200, route.handle({ caller, query, deps, canonicalPath: route.canonicalPath }));
}

export function runPipeline(
  req: IncomingMessage,
  target: RequestTarget,
  auth: AuthOutcome,
  deps: GraphDeps,
  ids: RequestIds,
  body = "",
): GraphResponse {
  try {
    return answer(req, target, body, auth, deps);
  } catch (error) {
    if (error instanceof GraphHttpError) return errorResponse(error, ids);
    console.error("[graph emulator]", error);
    return errorResponse(generalException(), ids);
  }
}
