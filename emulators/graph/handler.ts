import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody } from "../lib/http";
import { MALFORMED_BODY, TIMEOUT_HOLD_MS, decisiveFault, gatewayTimeout, totalLatencyMs } from "./faults";
import { runPipeline } from "./pipeline";
import { authenticate, disconnectSignal, splitTarget, wait } from "./request";
import { type GraphResponse, errorResponse, requestIdsFor, writeResponse } from "./response";
import { familyOf } from "./router";
import type { GraphDeps } from "./types";

export type { AccessTokenClaims, GraphDeps } from "./types";

/** Recorded status for calls the client abandoned before an answer (nginx's convention). */
export const CLIENT_CLOSED_REQUEST = 499;

/**
 * The offline Microsoft Graph: `/v1.0/me`, `/me/ownedDevices`, `/me/registeredDevices` and the
 * BitLocker recovery key API, answered from the seed tenant with Graph's status codes, error
 * bodies and paging, plus the faults and latency the tests inject through EmulatorState.
 */
export function createGraphHandler(deps: GraphDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    // Actions (POST …/checkMemberGroups) carry a JSON body; GETs carry none, so drain anything
    // sent with them to keep the connection reusable.
    const body = req.method === "POST" ? await readBody(req).catch(() => "") : (req.resume(), "");
    const ids = requestIdsFor(req);
    const target = splitTarget(req.url ?? "/");
    const gone = disconnectSignal(res);
    const auth = await authenticate(req.headers.authorization, deps.verifyAccessToken);
    const claims = auth.kind === "valid" ? auth.claims : null;

    const record = (status: number) =>
      deps.state.record({
        at: new Date().toISOString(),
        method: req.method ?? "GET",
        path: target.path,
        query: target.query,
        userId: claims?.oid ?? null,
        userPrincipalName: claims?.upn ?? null,
        // Names only: the Authorization value (the token) is never stored.
        headers: Object.keys(req.headers),
        ...ids,
        status,
      });

    const faults = deps.state.takeFaults({
      path: target.path,
      query: target.query,
      userPrincipalName: claims?.upn ?? null,
    });
    if (!(await wait(totalLatencyMs(faults, deps.state.config), gone))) return record(CLIENT_CLOSED_REQUEST);

    const fault = decisiveFault(faults, familyOf(target.path));
    let response: GraphResponse;
    if (fault?.kind === "timeout") {
      if (!(await wait(TIMEOUT_HOLD_MS, gone))) return record(CLIENT_CLOSED_REQUEST);
      response = errorResponse(gatewayTimeout(), ids);
    } else if (fault?.kind === "malformed") {
      response = { status: 200, body: MALFORMED_BODY, headers: {} };
    } else if (fault?.kind === "error") {
      response = errorResponse(fault.error, ids);
    } else {
      response = runPipeline(req, target, auth, deps, ids, body);
    }
    record(gone.aborted ? CLIENT_CLOSED_REQUEST : response.status);
    writeResponse(res, response, ids);
  };
}
