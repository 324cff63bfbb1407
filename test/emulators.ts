import { readFileSync } from "node:fs";
import { inject } from "vitest";
import { startEmulators, type RunningEmulators } from "@/emulators/server";
import type { TlsMaterial } from "@/emulators/tls";

/** Starts the emulators on free ports with the certificate the test process already trusts. */
export async function startTestEmulators(): Promise<RunningEmulators> {
  const tls = JSON.parse(readFileSync(inject("emulatorTlsFile"), "utf8")) as TlsMaterial;
  return startEmulators({ browserPort: 0, entraPort: 0, graphPort: 0, caFile: inject("emulatorCaFile"), tls });
}
