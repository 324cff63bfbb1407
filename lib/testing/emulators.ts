import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { startEmulators, type RunningEmulators } from "@/emulators/server";
import type { TlsMaterial } from "@/emulators/tls";

/** Starts the emulators on free ports with the certificate the test process already trusts. */
export async function startTestEmulators(): Promise<RunningEmulators> {
  const tlsFile = process.env.EMULATOR_TLS_FILE;
  if (!tlsFile) throw new Error("vitest.global-setup.ts did not run");
  const tls = JSON.parse(readFileSync(tlsFile, "utf8")) as TlsMaterial;
  return startEmulators({ browserPort: 0, entraPort: 0, graphPort: 0, caFile: resolve(process.env.NODE_EXTRA_CA_CERTS ?? ""), tls });
}
