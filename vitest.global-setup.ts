import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { createLocalhostTls } from "./emulators/tls";

declare module "vitest" {
  export interface ProvidedContext {
    /** Certificate and key the emulators serve in unit tests (their CA is already trusted). */
    emulatorTlsFile: string;
    emulatorCaFile: string;
  }
}

/**
 * Tests that call the HTTPS emulators need Node to trust their CA, and Node reads
 * NODE_EXTRA_CA_CERTS only at start-up: make the certificate here, before the test workers start.
 */
export default async function setup(project: TestProject) {
  const dir = resolve(import.meta.dirname, ".emulator");
  mkdirSync(dir, { recursive: true });
  const tls = await createLocalhostTls();
  const caFile = resolve(dir, "vitest-ca.pem");
  const tlsFile = resolve(dir, "vitest-tls.json");
  writeFileSync(caFile, tls.caCert);
  writeFileSync(tlsFile, JSON.stringify(tls));
  // Read by Node itself when each test worker starts.
  process.env.NODE_EXTRA_CA_CERTS = caFile;
  project.provide("emulatorTlsFile", tlsFile);
  project.provide("emulatorCaFile", caFile);
}
