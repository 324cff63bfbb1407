import { createPrivateKey, randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { RunningEmulators } from "../server";

/** Helpers for tests that call the running HTTPS emulators as KeyDesk would. */

export type AssertionOptions = {
  alg?: "PS256" | "RS256";
  /** Which thumbprint header names the certificate. */
  thumbprint?: "x5t#S256" | "x5t" | "none";
  audience?: string;
  issuer?: string;
  expiresIn?: string;
  signingKeyPem?: string;
};

/** A certificate client assertion shaped like MSAL's (`.WithCertificate()`), signed with the app's key. */
export async function clientAssertion(
  emulators: RunningEmulators,
  tenantId: string,
  options: AssertionOptions = {},
): Promise<string> {
  const clientId = emulators.seed.application.clientId;
  const alg = options.alg ?? "PS256";
  const thumbprint = options.thumbprint ?? (alg === "PS256" ? "x5t#S256" : "x5t");
  const header: Record<string, string> = { alg, typ: "JWT" };
  if (thumbprint === "x5t#S256") header["x5t#S256"] = emulators.appCertificate.x5tS256;
  if (thumbprint === "x5t") header.x5t = emulators.appCertificate.x5t;
  return new SignJWT({ jti: randomUUID() })
    .setProtectedHeader(header as { alg: string })
    .setIssuer(options.issuer ?? clientId)
    .setSubject(clientId)
    .setAudience(options.audience ?? `${emulators.issuerOrigin}/${tenantId}/oauth2/v2.0/token`)
    .setIssuedAt()
    .setNotBefore("0s")
    .setExpirationTime(options.expiresIn ?? "10m")
    .sign(createPrivateKey(options.signingKeyPem ?? emulators.appCertificate.pem));
}

export type TokenResponse = { status: number; body: Record<string, unknown> };

/** POSTs a form to the tenant's token endpoint. */
export async function tokenRequest(
  emulators: RunningEmulators,
  tenantId: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<TokenResponse> {
  const response = await fetch(`${emulators.issuerOrigin}/${tenantId}/oauth2/v2.0/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export const GRAPH_DEFAULT = "https://graph.microsoft.com/.default";

/** An app-only Graph token for KeyDesk in the tenant, with its client secret. */
export async function appToken(emulators: RunningEmulators, tenantId: string): Promise<string> {
  const { clientId, clientSecret } = emulators.seed.application;
  const { status, body } = await tokenRequest(emulators, tenantId, {
    grant_type: "client_credentials",
    client_id: clientId,
    client_secret: clientSecret,
    scope: GRAPH_DEFAULT,
  });
  if (status !== 200 || typeof body.access_token !== "string") throw new Error(`no app token: ${JSON.stringify(body)}`);
  return body.access_token;
}

export type GraphAnswer = {
  status: number;
  body: Record<string, unknown> & { value?: Array<Record<string, unknown>> };
};

export async function graph(
  emulators: RunningEmulators,
  path: string,
  options: { token: string; method?: string; body?: unknown; headers?: Record<string, string> },
): Promise<GraphAnswer> {
  const response = await fetch(path.startsWith("https://") ? path : `${emulators.graphOrigin}${path}`, {
    method: options.method ?? "GET",
    headers: {
      authorization: `Bearer ${options.token}`,
      "user-agent": "KeyDesk-test/1.0",
      ...(options.body !== undefined && { "content-type": "application/json" }),
      ...options.headers,
    },
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as GraphAnswer["body"]) : {} };
}

/** The emulator's control API (`/_emulator/*`). */
export async function control(emulators: RunningEmulators, method: string, path: string, body?: unknown) {
  const response = await fetch(`${emulators.browserOrigin}/_emulator${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status}`);
}
