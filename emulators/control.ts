import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody, sendJson } from "./lib/http";
import type { EmulatorConfig, EmulatorState, Fault } from "./state";

/**
 * The test-and-benchmark control plane: inspect recorded Graph calls, inject faults, change
 * tunables. It is the emulator's own API (under `/_emulator/`), not part of Microsoft's surface.
 */
export async function handleControl(req: IncomingMessage, res: ServerResponse, state: EmulatorState): Promise<void> {
  const url = new URL(req.url ?? "/", "http://emulator");
  const path = url.pathname.replace(/^\/_emulator/, "");
  const method = req.method ?? "GET";
  const json = async <T>() => JSON.parse((await readBody(req)) || "{}") as T;

  if (path === "/health") return sendJson(res, 200, { ok: true });
  if (path === "/calls" && method === "GET") {
    const user = url.searchParams.get("user")?.toLowerCase();
    return sendJson(
      res,
      200,
      user ? state.calls.filter((c) => c.userPrincipalName?.toLowerCase() === user) : state.calls,
    );
  }
  if (path === "/calls" && method === "DELETE") {
    state.calls = [];
    return sendJson(res, 200, { ok: true });
  }
  if (path === "/grants" && method === "GET") return sendJson(res, 200, state.grants);
  if (path === "/sign-outs" && method === "GET") return sendJson(res, 200, state.signOuts);
  if (path === "/tokens" && method === "GET") return sendJson(res, 200, state.issuedTokens);
  if (path === "/faults" && method === "POST")
    return sendJson(res, 201, state.addFault(await json<Omit<Fault, "id">>()));
  if (path === "/faults" && method === "GET") return sendJson(res, 200, state.faults);
  if (path.startsWith("/faults") && method === "DELETE") {
    const id = path.split("/")[2];
    state.faults = id ? state.faults.filter((f) => f.id !== id) : [];
    return sendJson(res, 200, { ok: true });
  }
  if (path === "/config" && method === "PATCH") {
    Object.assign(state.config, await json<Partial<EmulatorConfig>>());
    return sendJson(res, 200, state.config);
  }
  if (path === "/config" && method === "GET") return sendJson(res, 200, state.config);
  const selfService = path.match(/^\/tenants\/([\w-]+)\/self-service$/);
  if (selfService?.[1] && method === "PUT") {
    const { allowed } = await json<{ allowed: boolean }>();
    state.selfServiceOverrides.set(selfService[1], allowed);
    return sendJson(res, 200, { ok: true });
  }
  const appRoles = path.match(/^\/tenants\/([\w-]+)\/app-roles$/);
  if (appRoles?.[1] && method === "PUT") {
    const { roles } = await json<{ roles: string[] }>();
    state.appRoleOverrides.set(appRoles[1], roles);
    return sendJson(res, 200, { ok: true });
  }
  const directoryRoles = path.match(/^\/users\/([\w-]+)\/directory-roles$/);
  if (directoryRoles?.[1] && method === "PUT") {
    const { roleTemplateIds } = await json<{ roleTemplateIds: string[] }>();
    state.directoryRoleOverrides.set(directoryRoles[1], roleTemplateIds);
    return sendJson(res, 200, { ok: true });
  }
  if (path === "/reset" && method === "POST") {
    state.reset();
    return sendJson(res, 200, { ok: true });
  }
  return sendJson(res, 404, { error: "unknown control endpoint" });
}
