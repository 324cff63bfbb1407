import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { dirname, resolve } from "node:path";
import { handleControl } from "./control";
import { type AppCertificate, createAppCertificate } from "./entra/app-certificate";
import { createEntraHandler } from "./entra/router";
import { createAccessTokenVerifier, createSigningKeys, mintAccessToken } from "./entra/signing-keys";
import { tenantIssuer } from "./entra/tenant-provider";
import { createGraphHandler } from "./graph/handler";
import type { Seed } from "./seed/types";
import { EmulatorState } from "./state";
import { createLocalhostTls, type TlsMaterial } from "./tls";

export type EmulatorOptions = {
  /** Browser-facing Entra pages and the control API, plain HTTP. */
  browserPort: number;
  /** Entra server-to-server endpoints (the issuer), HTTPS. */
  entraPort: number;
  /** Microsoft Graph, HTTPS. */
  graphPort: number;
  /** Where to write the throw-away CA certificate for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  seedFile?: string;
  /** Certificate material to serve; made fresh when absent. */
  tls?: TlsMaterial;
  /** The application's certificate credential; made fresh when absent. */
  appCertificate?: AppCertificate;
};

export type RunningEmulators = {
  browserOrigin: string;
  issuerOrigin: string;
  graphOrigin: string;
  caFile: string;
  /** PEM (private key + certificate) of the application's certificate credential, for GRAPH_APP_CERTIFICATE_PATH. */
  appCertificateFile: string;
  appCertificate: AppCertificate;
  seed: Seed;
  issuerFor: (tenantId: string) => string;
  state: EmulatorState;
  /** Signs an access token as the emulated Entra would, for tests that call Graph directly. */
  mintAccessToken: (upn: string, scopes?: string[]) => Promise<string>;
  stop: () => Promise<void>;
};

const DEFAULT_SEED = resolve(import.meta.dirname, "seed/tenants.json");

function listen(server: http.Server | https.Server, port: number): Promise<number> {
  return new Promise((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(port, "localhost", () => resolveListen((server.address() as AddressInfo).port));
  });
}

export async function startEmulators(options: EmulatorOptions): Promise<RunningEmulators> {
  const seed = JSON.parse(readFileSync(options.seedFile ?? DEFAULT_SEED, "utf8")) as Seed;
  const state = new EmulatorState();
  const [tls, keys, appCertificate] = await Promise.all([
    options.tls ?? createLocalhostTls(),
    createSigningKeys(),
    options.appCertificate ?? createAppCertificate(),
  ]);
  mkdirSync(dirname(options.caFile), { recursive: true });
  writeFileSync(options.caFile, tls.caCert);

  const browserServer = http.createServer();
  const entraServer = https.createServer({ key: tls.key, cert: tls.cert });
  const graphServer = https.createServer({ key: tls.key, cert: tls.cert });
  const browserPort = await listen(browserServer, options.browserPort);
  const entraPort = await listen(entraServer, options.entraPort);
  const graphPort = await listen(graphServer, options.graphPort);

  const urls = { issuerOrigin: `https://localhost:${entraPort}`, browserOrigin: `http://localhost:${browserPort}` };
  const graphOrigin = `https://localhost:${graphPort}`;
  const issuers = new Set(seed.tenants.map((t) => tenantIssuer(urls, t.id)));
  // Next to the CA file, private to the user running the emulators.
  const appCertificateFile = resolve(dirname(options.caFile), `app-credential-${entraPort}.pem`);
  writeFileSync(appCertificateFile, appCertificate.pem, { mode: 0o600 });
  const entra = createEntraHandler({
    seed,
    state,
    keys,
    urls,
    internalOrigin: `http://localhost:${browserPort}`,
    appCertificate,
  });
  const graph = createGraphHandler({
    seed,
    state,
    baseUrl: graphOrigin,
    verifyAccessToken: createAccessTokenVerifier(keys, issuers),
  });

  const guard =
    (handler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void) =>
    (req: http.IncomingMessage, res: http.ServerResponse) => {
      Promise.resolve(handler(req, res)).catch((error: unknown) => {
        console.error("[emulator]", error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "server_error" }));
      });
    };
  browserServer.on(
    "request",
    guard((req, res) => (req.url?.startsWith("/_emulator/") ? handleControl(req, res, state) : entra(req, res))),
  );
  entraServer.on("request", guard(entra));
  graphServer.on("request", guard(graph));

  const servers = [browserServer, entraServer, graphServer];
  return {
    ...urls,
    graphOrigin,
    caFile: options.caFile,
    appCertificateFile,
    appCertificate,
    seed,
    issuerFor: (tenantId) => tenantIssuer(urls, tenantId),
    state,
    mintAccessToken: (upn, scopes) => mintAccessToken(keys, seed, urls, upn, scopes),
    stop: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((done) => {
              s.closeAllConnections();
              s.close(() => done());
            }),
        ),
      );
    },
  };
}
