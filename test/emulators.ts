import { readFileSync } from "node:fs";
import { inject } from "vitest";
import { startEmulators, type RunningEmulators } from "@/emulators/server";
import type { TlsMaterial } from "@/emulators/tls";
import { GraphGateway } from "@/lib/graph/client";
import type { Portal } from "@/lib/portal/session";

/** Starts the emulators on free ports with the certificate the test process already trusts. */
export async function startTestEmulators(): Promise<RunningEmulators> {
  const tls = JSON.parse(readFileSync(inject("emulatorTlsFile"), "utf8")) as TlsMaterial;
  return startEmulators({ browserPort: 0, entraPort: 0, graphPort: 0, caFile: inject("emulatorCaFile"), tls });
}

/**
 * A signed-in person as pages and actions see them (lib/portal/session.ts), with a delegated token
 * the emulated Entra issued for `scopes`: the key-access mode is delegated.
 */
export async function delegatedPortalFor(
  emu: RunningEmulators,
  user: { id: string; userPrincipalName: string },
  tenantId: string,
  scopes: string[],
): Promise<Portal> {
  const graph = new GraphGateway(await emu.mintAccessToken(user.userPrincipalName, scopes), {
    baseUrl: emu.graphOrigin,
  });
  return {
    user: { objectId: user.id, tenantId, upn: user.userPrincipalName, name: null, accessToken: "" },
    graph,
    access: { mode: "delegated", graph },
  };
}
