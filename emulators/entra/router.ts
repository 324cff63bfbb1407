import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import type { Seed, SeedTenant } from "../seed/types";
import type { EmulatorState } from "../state";
import { readBody, sendHtml, sendJson } from "../lib/http";
import type { AppCertificate } from "./app-certificate";
import { entraError } from "./errors";
import { interceptClientCredentials } from "./client-credentials";
import { renderCommonPicker, renderTenantPicker } from "./pages";
import type { SigningKeys } from "./signing-keys";
import { renderVerifyPage, requestedAuthContexts } from "./step-up";
import { createTenantProvider, type EntraUrls } from "./tenant-provider";

/** Microsoft's tenant for personal accounts; `organizations` excludes it, `common` does not. */
export const MSA_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad";
const MULTI_TENANT = new Set(["common", "organizations"]);

type Deps = {
  seed: Seed;
  state: EmulatorState;
  keys: SigningKeys;
  urls: EntraUrls;
  internalOrigin: string;
  appCertificate: AppCertificate;
};

/**
 * Serves Entra's URL layout: `/<tenant>/v2.0/.well-known/openid-configuration`,
 * `/<tenant>/oauth2/v2.0/{authorize,token,logout}`, `/<tenant>/discovery/v2.0/keys`, with one
 * OpenID provider per tenant, plus the multi-tenant `/common` and `/organizations` endpoints.
 */
export function createEntraHandler(deps: Deps) {
  const tokenTenant = new Map<string, string>();
  const providers = new Map<string, { tenant: SeedTenant; provider: Provider }>();
  for (const tenant of deps.seed.tenants) {
    const provider = createTenantProvider({
      ...deps,
      tenant,
      onTokenIssued: (token) => tokenTenant.set(token, tenant.id),
    });
    providers.set(tenant.id, { tenant, provider });
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://emulator");
    const [segment = "", ...rest] = url.pathname.split("/").filter(Boolean);
    const tail = "/" + rest.join("/");

    if (MULTI_TENANT.has(segment)) return handleMultiTenant(req, res, segment, tail, url, deps, providers, tokenTenant);

    const entry = providers.get(segment.toLowerCase());
    if (!entry) return sendJson(res, 400, entraError("invalid_tenant", `AADSTS90002: Tenant '${segment}' not found.`));

    if (tail === "/v2.0/.well-known/openid-configuration") {
      req.url = "/.well-known/openid-configuration";
      return entry.provider.callback()(req, res);
    }
    const login = tail.match(/^\/login\/([\w-]+)$/);
    if (login) return handleInteraction(req, res, entry.tenant, entry.provider, deps.state);
    if (tail === "/oauth2/v2.0/token" && (await interceptClientCredentials(req, res, entry.tenant, deps))) return;
    return entry.provider.callback()(req, res);
  };
}

async function handleInteraction(
  req: IncomingMessage,
  res: ServerResponse,
  tenant: SeedTenant,
  provider: Provider,
  state: EmulatorState,
) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params } = details;

  if (prompt.name === "consent") {
    // Apps registered for KeyDesk have admin consent, so Entra shows no consent screen.
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session?.accountId, clientId: String(params.client_id) });
    if (!grant) return sendHtml(res, 400, "grant not found");
    const missing = prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
    // Claims asked for by name through the `claims` parameter (e.g. `acrs`).
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(resource, scopes.join(" "));
    }
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  const hinted = typeof params.login_hint === "string" ? findUser(tenant, params.login_hint) : undefined;
  if (req.method === "POST" || hinted) {
    const form = req.method === "POST" ? new URLSearchParams(await readBody(req)) : null;
    const user = hinted ?? tenant.users.find((u) => u.id === form?.get("account"));
    if (!user) return sendHtml(res, 400, "Unknown account");
    // A requested authentication context needs the extra verify step before the sign-in completes.
    const contexts = requestedAuthContexts(params.claims);
    const verified = form?.get("verified") === contexts.join(" ");
    if (contexts.length > 0 && !verified) return sendHtml(res, 200, renderVerifyPage(user, contexts, req.url ?? ""));
    // Picking an account answers both Entra's account picker (prompt=select_account) and sign-in.
    return provider.interactionFinished(
      req,
      res,
      {
        select_account: {},
        login: {
          accountId: user.id,
          ts: authenticatedAt(params, state.config.ssoSessionAgeSeconds),
          ...(contexts.length > 0 && { acr: contexts.join(" ") }),
        },
      },
      { mergeWithLastSubmission: false },
    );
  }
  return sendHtml(res, 200, renderTenantPicker(tenant, req.url ?? ""));
}

/**
 * When the person last entered credentials: the id token's `auth_time`. Entra reuses its browser
 * session (signed in `ssoSessionAgeSeconds` ago, as set through the control API) unless the app
 * asks for a fresh authentication with `prompt=login`, or with a `max_age` the session exceeds.
 */
function authenticatedAt(params: Record<string, unknown>, ssoSessionAgeSeconds: number): number {
  const now = Math.floor(Date.now() / 1000);
  const prompts = typeof params.prompt === "string" ? params.prompt.split(" ") : [];
  const maxAge =
    typeof params.max_age === "string" || typeof params.max_age === "number" ? Number(params.max_age) : NaN;
  const fresh = prompts.includes("login") || (Number.isFinite(maxAge) && ssoSessionAgeSeconds > maxAge);
  return fresh ? now : now - Math.max(0, ssoSessionAgeSeconds);
}

const findUser = (tenant: SeedTenant, hint: string) =>
  tenant.users.find((u) => u.userPrincipalName.toLowerCase() === hint.toLowerCase());

async function handleMultiTenant(
  req: IncomingMessage,
  res: ServerResponse,
  segment: string,
  tail: string,
  url: URL,
  deps: Deps,
  providers: Map<string, { tenant: SeedTenant; provider: Provider }>,
  tokenTenant: Map<string, string>,
) {
  const tenants = [...providers.values()]
    .map((p) => p.tenant)
    .filter((t) => segment === "common" || t.id !== MSA_TENANT_ID);
  const first = tenants[0];
  if (!first) return sendJson(res, 500, entraError("server_error", "no tenants"));

  if (tail === "/v2.0/.well-known/openid-configuration") {
    if (deps.state.config.discoveryDown)
      return sendJson(res, 503, entraError("temporarily_unavailable", "AADSTS90033: A transient error has occurred."));
    // Entra's multi-tenant metadata names the issuer with a `{tenantid}` placeholder.
    const response = await fetch(`${deps.internalOrigin}/${first.id}/v2.0/.well-known/openid-configuration`);
    const doc = JSON.stringify(await response.json()).replaceAll(`/${first.id}/`, `/${segment}/`);
    const parsed = JSON.parse(doc) as Record<string, unknown>;
    parsed.issuer = `${deps.urls.issuerOrigin}/{tenantid}/v2.0`;
    return sendJson(res, 200, parsed);
  }
  if (tail === "/discovery/v2.0/keys") {
    req.url = `/${first.id}/discovery/v2.0/keys`;
    return providers.get(first.id)?.provider.callback()(req, res);
  }
  if (tail === "/oauth2/v2.0/authorize") {
    return sendHtml(
      res,
      200,
      renderCommonPicker(tenants, (tenant, user) => {
        const target = new URL(`${deps.urls.browserOrigin}/${tenant.id}/oauth2/v2.0/authorize`);
        url.searchParams.forEach((value, key) => target.searchParams.set(key, value));
        target.searchParams.set("login_hint", user.userPrincipalName);
        return target.href;
      }),
    );
  }
  if (tail === "/oauth2/v2.0/token" && req.method === "POST") {
    const body = await readBody(req);
    const form = new URLSearchParams(body);
    const token = form.get("code") ?? form.get("refresh_token") ?? "";
    const tenantId = tokenTenant.get(token);
    if (!tenantId) {
      return sendJson(
        res,
        400,
        entraError("invalid_grant", "AADSTS70000: The provided grant is invalid or malformed."),
      );
    }
    const forwarded = await fetch(`${deps.internalOrigin}/${tenantId}/oauth2/v2.0/token`, {
      method: "POST",
      headers: pickHeaders(req, ["authorization", "content-type"]),
      body,
    });
    res.writeHead(forwarded.status, {
      "content-type": forwarded.headers.get("content-type") ?? "application/json",
      "cache-control": "no-store",
    });
    res.end(await forwarded.text());
    return;
  }
  return sendJson(res, 404, entraError("not_found", `No such endpoint: ${tail}`));
}

function pickHeaders(req: IncomingMessage, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = req.headers[name];
    if (typeof value === "string") out[name] = value;
  }
  return out;
}
