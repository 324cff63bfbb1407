import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { decodeProtectedHeader, importJWK, jwtVerify, SignJWT } from "jose";
import { appRolesIn } from "../lib/directory";
import { readBody, sendJson } from "../lib/http";
import type { Seed, SeedTenant } from "../seed/types";
import type { EmulatorState } from "../state";
import type { AppCertificate } from "./app-certificate";
import { entraError } from "./errors";
import { GRAPH_AUDIENCE, GRAPH_RESOURCE, type SigningKeys } from "./signing-keys";
import { tenantIssuer, type EntraUrls } from "./tenant-provider";

export type ClientCredentialsDeps = {
  seed: Seed;
  state: EmulatorState;
  keys: SigningKeys;
  urls: EntraUrls;
  appCertificate: AppCertificate;
};

export type TokenAnswer = { status: number; body: Record<string, unknown> };

const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
/** Graph's two names for its `.default` scope: its application ID URI and its application id. */
const GRAPH_DEFAULT_SCOPES = new Set([`${GRAPH_RESOURCE}/.default`, `${GRAPH_AUDIENCE}/.default`]);

const fail = (status: number, error: string, description: string): TokenAnswer => ({
  status,
  body: entraError(error, description),
});

type Authenticated = { ok: true; method: "secret" | "certificate" } | { ok: false; answer: TokenAnswer };

function basicCredentials(authorization: string | undefined): { id: string; secret: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(authorization ?? "");
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon === -1) return null;
  return {
    id: decodeURIComponent(decoded.slice(0, colon)),
    secret: decodeURIComponent(decoded.slice(colon + 1)),
  };
}

const thumbprintOf = (header: Record<string, unknown>) => {
  const named = header.x5t ?? header["x5t#S256"];
  return typeof named === "string" ? named : "";
};

/**
 * Entra's checks of a certificate client assertion ("Microsoft identity platform application
 * authentication certificate credentials"): signed by a registered certificate named by `x5t`
 * or `x5t#S256`, `iss` = `sub` = the client id, `aud` = the tenant's token endpoint, within its
 * `nbf`/`exp` window.
 */
async function verifyAssertion(
  assertion: string,
  clientId: string,
  tokenEndpoint: string,
  certificate: AppCertificate,
): Promise<TokenAnswer | null> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(assertion);
  } catch {
    return fail(400, "invalid_request", "AADSTS50027: JWT token is invalid or malformed.");
  }
  const named = header["x5t#S256"] === certificate.x5tS256 || header.x5t === certificate.x5t;
  if (!named) {
    return fail(
      401,
      "invalid_client",
      `AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${thumbprintOf(header)}']`,
    );
  }
  try {
    const { payload } = await jwtVerify(assertion, certificate.publicKey, {
      algorithms: ["RS256", "PS256"],
      audience: tokenEndpoint,
      clockTolerance: 300,
    });
    if (payload.iss !== clientId || payload.sub !== clientId) {
      return fail(
        401,
        "invalid_client",
        "AADSTS700021: Client assertion application identifier doesn't match 'client_id' parameter.",
      );
    }
    if (typeof payload.jti !== "string" || typeof payload.exp !== "number") {
      return fail(400, "invalid_request", "AADSTS50027: JWT token is invalid or malformed.");
    }
    return null;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_JWT_EXPIRED" || code === "ERR_JWT_CLAIM_VALIDATION_FAILED") {
      const claim = (error as { claim?: string }).claim;
      if (claim === "aud") {
        return fail(
          401,
          "invalid_client",
          `AADSTS50013: Assertion audience claim does not match the required value. The expected audience is '${tokenEndpoint}'.`,
        );
      }
      return fail(401, "invalid_client", "AADSTS700024: Client assertion is not within its valid time range.");
    }
    return fail(401, "invalid_client", "AADSTS700027: Client assertion failed signature validation.");
  }
}

async function authenticate(
  form: URLSearchParams,
  authorization: string | undefined,
  deps: ClientCredentialsDeps,
  tokenEndpoint: string,
  tenant: SeedTenant,
): Promise<Authenticated> {
  const app = deps.seed.application;
  const basic = basicCredentials(authorization);
  const clientId = basic?.id ?? form.get("client_id") ?? "";
  if (clientId !== app.clientId) {
    return {
      ok: false,
      answer: fail(
        400,
        "unauthorized_client",
        `AADSTS700016: Application with identifier '${clientId}' was not found in the directory '${tenant.displayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
      ),
    };
  }
  const secret = basic?.secret ?? form.get("client_secret");
  const assertion = form.get("client_assertion");
  if (secret !== null && secret !== undefined) {
    if (secret === app.clientSecret) return { ok: true, method: "secret" };
    if (secret === app.expiredClientSecret) {
      return {
        ok: false,
        answer: fail(
          401,
          "invalid_client",
          `AADSTS7000222: The provided client secret keys for app '${app.clientId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`,
        ),
      };
    }
    return {
      ok: false,
      answer: fail(
        401,
        "invalid_client",
        `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.clientId}'.`,
      ),
    };
  }
  if (assertion !== null) {
    if (form.get("client_assertion_type") !== ASSERTION_TYPE) {
      return {
        ok: false,
        answer: fail(400, "invalid_request", `AADSTS50027: The client_assertion_type must be '${ASSERTION_TYPE}'.`),
      };
    }
    const refused = await verifyAssertion(assertion, app.clientId, tokenEndpoint, deps.appCertificate);
    return refused ? { ok: false, answer: refused } : { ok: true, method: "certificate" };
  }
  return {
    ok: false,
    answer: fail(
      401,
      "invalid_client",
      "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    ),
  };
}

/**
 * The OAuth 2.0 client credentials grant on `/<tenant>/oauth2/v2.0/token`: KeyDesk's own
 * identity (client secret or certificate) gets an app-only Graph token carrying the application
 * permissions consented in the tenant as `roles`, with `idtyp: "app"` and no `scp`.
 */
export async function clientCredentialsGrant(
  form: URLSearchParams,
  authorization: string | undefined,
  tenant: SeedTenant,
  deps: ClientCredentialsDeps,
): Promise<TokenAnswer> {
  const tokenEndpoint = `${deps.urls.issuerOrigin}/${tenant.id}/oauth2/v2.0/token`;
  const scope = form.get("scope");
  if (!scope) {
    return fail(
      400,
      "invalid_request",
      "AADSTS900144: The request body must contain the following parameter: 'scope'.",
    );
  }
  if (!scope.split(" ").every((s) => s.endsWith("/.default"))) {
    return fail(
      400,
      "invalid_scope",
      `AADSTS1002012: The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    );
  }
  if (!GRAPH_DEFAULT_SCOPES.has(scope)) {
    return fail(
      400,
      "invalid_resource",
      `AADSTS500011: The resource principal named ${scope.replace(/\/\.default$/, "")} was not found in the tenant named ${tenant.displayName}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
    );
  }
  const auth = await authenticate(form, authorization, deps, tokenEndpoint, tenant);
  if (!auth.ok) return auth.answer;
  const roles = appRolesIn(deps.state, tenant);
  const servicePrincipal = tenant.servicePrincipal;
  if (roles === null || !servicePrincipal) {
    return fail(
      400,
      "unauthorized_client",
      `AADSTS700016: Application with identifier '${deps.seed.application.clientId}' was not found in the directory '${tenant.displayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
    );
  }

  const lifetime = deps.state.config.accessTokenTtlSeconds;
  const credentialType = auth.method === "certificate" ? "2" : "1";
  const claims: Record<string, unknown> = {
    tid: tenant.id,
    oid: servicePrincipal.id,
    appid: deps.seed.application.clientId,
    appidacr: credentialType,
    azp: deps.seed.application.clientId,
    azpacr: credentialType,
    idp: tenantIssuer(deps.urls, tenant.id),
    idtyp: "app",
    ver: "2.0",
    uti: randomUUID(),
    ...(roles.length > 0 && { roles: [...roles] }),
  };
  const accessToken = await new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: deps.keys.privateJwk.kid, typ: "JWT" })
    .setIssuer(tenantIssuer(deps.urls, tenant.id))
    .setAudience(GRAPH_AUDIENCE)
    .setSubject(servicePrincipal.id)
    .setIssuedAt()
    .setNotBefore("0s")
    .setExpirationTime(`${lifetime}s`)
    .sign(await importJWK(deps.keys.privateJwk, "RS256"));
  deps.state.issuedTokens.push({ accountId: servicePrincipal.id, kind: "access_token", value: accessToken });
  return {
    status: 200,
    body: { token_type: "Bearer", expires_in: lifetime, ext_expires_in: lifetime, access_token: accessToken },
  };
}

/**
 * oidc-provider reads the request body itself (`req.iterator()` while `req.readable`); hand it the
 * bytes this router already read to see the grant type.
 */
function offerBodyAgain(req: IncomingMessage, body: Buffer): void {
  Object.defineProperty(req, "readable", { value: true, configurable: true });
  Object.defineProperty(req, "iterator", {
    configurable: true,
    value: async function* replay() {
      yield body;
    },
  });
}

/**
 * Answers `grant_type=client_credentials` on a tenant's token endpoint; every other grant goes on
 * to oidc-provider (returns false). oidc-provider's own client-credentials support knows one
 * authentication method per client, while Entra accepts a secret or a certificate for the same app.
 */
export async function interceptClientCredentials(
  req: IncomingMessage,
  res: ServerResponse,
  tenant: SeedTenant,
  deps: ClientCredentialsDeps,
): Promise<boolean> {
  if (req.method !== "POST") return false;
  const body = Buffer.from(await readBody(req), "utf8");
  const form = new URLSearchParams(body.toString("utf8"));
  if (form.get("grant_type") !== "client_credentials") {
    offerBodyAgain(req, body);
    return false;
  }
  const answer = deps.state.config.tokenEndpointDown
    ? fail(503, "temporarily_unavailable", "AADSTS90033: A transient error has occurred. Please try again.")
    : await clientCredentialsGrant(form, req.headers.authorization, tenant, deps);
  deps.state.grants.push({
    at: new Date().toISOString(),
    grantType: "client_credentials",
    accountId: tenant.servicePrincipal?.id ?? null,
    status: answer.status,
    ...(typeof answer.body.error === "string" ? { error: answer.body.error } : {}),
  });
  sendJson(res, answer.status, answer.body, { pragma: "no-cache" });
  return true;
}
