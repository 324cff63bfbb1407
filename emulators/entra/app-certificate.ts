import { createHash, createPublicKey, type KeyObject, X509Certificate } from "node:crypto";
import { generate } from "selfsigned";

/**
 * The certificate credential of KeyDesk's app registration (its `keyCredentials`). Made at every
 * start, like the TLS material, so no private key is ever committed; the demo hands the PEM file
 * (key and certificate) to the portal as `GRAPH_APP_CERTIFICATE_PATH`.
 */
export type AppCertificate = {
  /** Private key and certificate in one PEM, the format @azure/identity's certificate credential reads. */
  pem: string;
  certificate: string;
  publicKey: KeyObject;
  /** Base64url SHA-1 thumbprint of the DER certificate: the `x5t` header of client assertions. */
  x5t: string;
  /** Base64url SHA-256 thumbprint: the `x5t#S256` header that newer MSAL versions send. */
  x5tS256: string;
};

export async function createAppCertificate(): Promise<AppCertificate> {
  const made = await generate([{ name: "commonName", value: "KeyDesk emulator application credential" }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600 * 1000),
  });
  const x509 = new X509Certificate(made.cert);
  const thumbprint = (algorithm: string) => createHash(algorithm).update(x509.raw).digest("base64url");
  return {
    pem: `${made.private}${made.cert}`,
    certificate: made.cert,
    publicKey: createPublicKey(made.cert),
    x5t: thumbprint("sha1"),
    x5tS256: thumbprint("sha256"),
  };
}
