import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createLocalhostTls } from "./emulators/tls";

/**
 * Tests that call the HTTPS emulators need Node to trust their CA, and Node reads
 * NODE_EXTRA_CA_CERTS only at start-up: make the certificate here, before the test workers start.
 */
export default async function setup() {
  const dir = resolve(import.meta.dirname, ".emulator");
  mkdirSync(dir, { recursive: true });
  const tls = await createLocalhostTls();
  const caFile = resolve(dir, "vitest-ca.pem");
  const tlsFile = resolve(dir, "vitest-tls.json");
  writeFileSync(caFile, tls.caCert);
  writeFileSync(tlsFile, JSON.stringify(tls));
  process.env.NODE_EXTRA_CA_CERTS = caFile;
  process.env.EMULATOR_TLS_FILE = tlsFile;
}
