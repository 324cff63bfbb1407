import { createHash, randomBytes } from "node:crypto";
import Provider, { errors, interactionPolicy, type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import type { Seed, SeedTenant } from "../seed/types";
import type { EmulatorState, RefreshError } from "../state";
import { GRAPH_AUDIENCE, GRAPH_RESOURCE, type SigningKeys } from "./signing-keys";
import { type SignInRecord, userSecurityClaims } from "./user-claims";

export type EntraUrls = {
  /** Server-to-server origin (HTTPS): issuer, discovery, token, keys. */
  issuerOrigin: string;
  /** Browser-facing origin (plain http://localhost): authorize, sign-in page, logout. */
  browserOrigin: string;
};

const OIDC_SCOPES = ["openid", "profile", "email", "offline_access"];
const GRAPH_SCOPES = [
  "User.Read BitlockerKey.Read.All BitlockerKey.ReadBasic.All",
  // Delegated scopes a help-desk console may ask for (admin consent in Entra).
  "User.ReadBasic.All User.Read.All Device.Read.All Directory.Read.All GroupMember.Read.All",
  "DeviceManagementManagedDevices.Read.All DeviceManagementManagedDevices.PrivilegedOperations.All",
].join(" ");

/** Recorded instead of a token, so the control API can tell tokens apart without handing them out. */
const fingerprint = (token: string) => createHash("sha256").update(token).digest("base64url").slice(0, 16);

export const tenantIssuer = (urls: EntraUrls, tenantId: string) => `${urls.issuerOrigin}/${tenantId}/v2.0`;

/** What Entra answers a refresh with for each error the control API can inject. */
const REFRESH_ERRORS: Record<RefreshError, { status: number; description: string }> = {
  invalid_grant: {
    status: 400,
    description:
      "AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.",
  },
  interaction_required: {
    status: 400,
    description:
      "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000003-0000-0000-c000-000000000000'.",
  },
  temporarily_unavailable: {
    status: 503,
    description: "AADSTS90033: A transient error has occurred. Please try again.",
  },
};

/**
 * Entra's opaque `login_hint` optional claim, which an app hands back as `logout_hint`. Here it
 * names the tenant and account; apps must treat it as opaque.
 */
export const loginHintFor = (tenantId: string, accountId: string) =>
  `O.${Buffer.from(`${tenantId}:${accountId}`).toString("base64url")}`;

/**
 * Entra always shows its account picker when the app asks for it (`prompt=select_account`)
 * and, for this emulator, on every sign-in: the demo is about switching between people, and
 * tests start each journey from the picker. The check passes once this authorization request
 * picked an account.
 */
function pickAccountEveryTime() {
  const { Check, Prompt, base } = interactionPolicy;
  const policy = base();
  policy.add(new Prompt({ name: "select_account", requestable: true }), 0);
  const login = policy.get("login");
  login?.checks.add(
    new Check("pick_account", "account selection is required", (ctx) =>
      ctx.oidc.result?.login ? Check.NO_NEED_TO_PROMPT : Check.REQUEST_PROMPT,
    ),
  );
  return policy;
}

export function createTenantProvider(opts: {
  tenant: SeedTenant;
  seed: Seed;
  state: EmulatorState;
  keys: SigningKeys;
  urls: EntraUrls;
  /** Told about every code and refresh token issued, so `/common` can route them later. */
  onTokenIssued: (token: string) => void;
}): Provider {
  const { tenant, seed, state, keys, urls, onTokenIssued } = opts;
  const app = seed.application;
  const prefix = `/${tenant.id}`;
  /**
   * oidc-provider drops `offline_access` from an authorization request without prompt=consent
   * (OIDC Core §11); Entra honours it. Remember which requests asked for it, by PKCE challenge.
   */
  const offlineRequests = new Set<string>();

  const config: Configuration = {
    clients: [
      {
        client_id: app.clientId,
        client_secret: app.clientSecret,
        redirect_uris: app.redirectUris,
        // Entra returns after sign-out only to one of the app's redirect URIs.
        post_logout_redirect_uris: app.redirectUris,
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
        // Entra's id tokens always carry auth_time, whether or not max_age was sent.
        require_auth_time: true,
      },
    ],
    jwks: { keys: [keys.privateJwk] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    scopes: OIDC_SCOPES,
    claims: {
      openid: ["sub", "oid", "tid", "ver", "login_hint", "wids", "acrs"],
      profile: ["name", "preferred_username"],
      email: ["email"],
    },
    // Entra puts profile claims in the id_token of the code flow; there is no userinfo round trip.
    conformIdTokenClaims: false,
    async findAccount(_ctx, sub, token) {
      const user = tenant.users.find((u) => u.id === sub);
      if (!user) return undefined;
      return {
        accountId: user.id,
        async claims() {
          return {
            sub: user.id,
            oid: user.id,
            tid: tenant.id,
            ver: "2.0",
            login_hint: loginHintFor(tenant.id, user.id),
            name: user.displayName,
            preferred_username: user.userPrincipalName,
            email: user.mail ?? undefined,
            ...userSecurityClaims(state, user, token as SignInRecord | undefined),
          };
        },
      };
    },
    features: {
      devInteractions: { enabled: false },
      // The `claims` request parameter, which asks for Conditional Access authentication contexts (`acrs`).
      claimsParameter: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        // Entra signs out without asking again; submit the confirmation form at once.
        async logoutSource(ctx, form) {
          ctx.body =
            `<!doctype html><html><head><title>Signing out</title></head><body>${form}<script>document.forms[0].submit()</script><noscript><button form="op.logoutForm" type="submit" name="logout" value="yes">Sign out</button></noscript></body></html>`.replace(
              "</form>",
              '<input type="hidden" name="logout" value="yes"/></form>',
            );
        },
      },
      resourceIndicators: {
        enabled: true,
        // Entra treats un-prefixed scopes such as `User.Read` as Microsoft Graph scopes.
        defaultResource: () => GRAPH_RESOURCE,
        useGrantedResource: () => true,
        async getResourceServerInfo(_ctx, resource) {
          if (resource !== GRAPH_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: GRAPH_SCOPES,
            audience: GRAPH_AUDIENCE,
            accessTokenTTL: state.config.accessTokenTtlSeconds,
            accessTokenFormat: "jwt",
            jwt: { sign: { alg: "RS256" } },
          };
        },
      },
    },
    async extraTokenClaims(ctx, token) {
      if (!("accountId" in token) || !token.accountId) return undefined;
      const user = tenant.users.find((u) => u.id === token.accountId);
      const granted = (token.scope ?? "").split(" ").filter((s) => s && !OIDC_SCOPES.includes(s));
      const entities = ctx.oidc.entities as { AuthorizationCode?: SignInRecord; RefreshToken?: SignInRecord };
      return {
        ...userSecurityClaims(state, user, entities.AuthorizationCode ?? entities.RefreshToken),
        idtyp: "user",
        oid: token.accountId,
        tid: tenant.id,
        upn: user?.userPrincipalName,
        name: user?.displayName,
        scp: granted.join(" "),
        ver: "2.0",
      };
    },
    /**
     * Entra hands out a new refresh token with every refresh (and keeps the old one valid until
     * it expires; see `consume` below). Errors injected through the control API answer here,
     * after the refresh token was checked, as Entra's do.
     */
    rotateRefreshToken() {
      const injected = state.config.refreshErrors.shift();
      if (!injected) return true;
      const error = new errors.CustomOIDCProviderError(injected, REFRESH_ERRORS[injected].description);
      error.status = REFRESH_ERRORS[injected].status;
      error.statusCode = error.status;
      throw error;
    },
    async issueRefreshToken(_ctx, client, code) {
      const challenge = "codeChallenge" in code ? code.codeChallenge : undefined;
      return (
        client.grantTypeAllowed("refresh_token") &&
        (code.scopes.has("offline_access") || offlineRequests.has(challenge ?? ""))
      );
    },
    pkce: { required: () => false },
    ttl: {
      AccessToken: () => state.config.accessTokenTtlSeconds,
      AuthorizationCode: 600,
      IdToken: 3600,
      Interaction: 3600,
      Session: 24 * 3600,
      Grant: 90 * 24 * 3600,
      RefreshToken: 90 * 24 * 3600,
    },
    interactions: {
      policy: pickAccountEveryTime(),
      url: (_ctx, interaction) => `${prefix}/login/${interaction.uid}`,
    },
    routes: {
      authorization: `${prefix}/oauth2/v2.0/authorize`,
      token: `${prefix}/oauth2/v2.0/token`,
      jwks: `${prefix}/discovery/v2.0/keys`,
      userinfo: `${prefix}/openid/userinfo`,
      end_session: `${prefix}/oauth2/v2.0/logout`,
      revocation: `${prefix}/oauth2/v2.0/revoke`,
      introspection: `${prefix}/oauth2/v2.0/introspect`,
      pushed_authorization_request: `${prefix}/oauth2/v2.0/par`,
      code_verification: `${prefix}/oauth2/v2.0/device`,
      device_authorization: `${prefix}/oauth2/v2.0/devicecode`,
      registration: `${prefix}/oauth2/v2.0/register`,
      backchannel_authentication: `${prefix}/oauth2/v2.0/bc`,
      challenge: `${prefix}/oauth2/v2.0/challenge`,
    },
    async renderError(ctx, out) {
      ctx.type = "html";
      const escape = (s: unknown) =>
        (typeof s === "string" ? s : "").replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
      ctx.body = `<!doctype html><title>Sign-in error</title><h1>Sign-in error</h1><p>${escape(out.error)}: ${escape(out.error_description)}</p>`;
    },
  };

  const provider = new Provider(tenantIssuer(urls, tenant.id), config);
  provider.proxy = false;

  // "The Microsoft identity platform doesn't revoke old refresh tokens when used to fetch new
  // access tokens": rotation issues a new one without marking the old one used (oidc-provider
  // would otherwise revoke the whole grant when a used one came back).
  (provider.RefreshToken.prototype as { consume: () => Promise<void> }).consume = () => Promise.resolve();

  provider.on("end_session.success", (ctx: KoaContextWithOIDC) => {
    state.signOuts.push({ at: new Date().toISOString(), accountId: ctx.oidc.session?.accountId ?? null });
  });

  // As in Entra: a redirect URI registered for http://localhost matches any port.
  type UriCheck = (this: unknown, uri: string) => boolean;
  const clientProto = provider.Client.prototype as {
    redirectUriAllowed: UriCheck;
    postLogoutRedirectUriAllowed: UriCheck;
  };
  const anyLocalhostPort = (strict: UriCheck): UriCheck =>
    function allowed(this: unknown, uri: string) {
      if (strict.call(this, uri)) return true;
      try {
        const url = new URL(uri);
        if (url.hostname !== "localhost" || url.protocol !== "http:") return false;
        url.port = "";
        return strict.call(this, url.href);
      } catch {
        return false;
      }
    };
  clientProto.redirectUriAllowed = anyLocalhostPort(clientProto.redirectUriAllowed);
  clientProto.postLogoutRedirectUriAllowed = anyLocalhostPort(clientProto.postLogoutRedirectUriAllowed);

  provider.use(async (ctx: KoaContextWithOIDC, next) => {
    const { scope, code_challenge: challenge } = ctx.query;
    if (
      ctx.path === `${prefix}/oauth2/v2.0/authorize` &&
      typeof challenge === "string" &&
      typeof scope === "string" &&
      scope.split(" ").includes("offline_access")
    ) {
      offlineRequests.add(challenge);
    }
    if (state.config.discoveryDown && ctx.path === "/.well-known/openid-configuration") {
      ctx.status = 503;
      ctx.body = {
        error: "temporarily_unavailable",
        error_description: "AADSTS90033: A transient error has occurred. Please try again.",
      };
      return;
    }
    if (state.config.tokenEndpointDown && ctx.path === `${prefix}/oauth2/v2.0/token`) {
      ctx.status = 503;
      ctx.body = {
        error: "temporarily_unavailable",
        error_description: "AADSTS90033: A transient error has occurred. Please try again.",
      };
      return;
    }
    await next();
    const route = ctx.oidc?.route;
    if (route === "discovery" && ctx.body && typeof ctx.body === "object") {
      rewriteDiscovery(ctx.body as Record<string, unknown>, urls);
    }
    // Entra sends no `iss` in authorization responses (RFC 9207 is not supported there).
    const location = ctx.response.get("location");
    if (location && /^https?:/.test(location) && (route === "authorization" || route === "resume")) {
      const url = new URL(location);
      url.searchParams.delete("iss");
      const code = url.searchParams.get("code");
      if (code) onTokenIssued(code);
      ctx.redirect(url.href);
    }
    if (route === "token") {
      const entities = ctx.oidc?.entities as { Account?: { accountId: string } } | undefined;
      const body = (ctx.body && typeof ctx.body === "object" ? ctx.body : {}) as Record<string, unknown>;
      const presented = ctx.oidc?.params?.refresh_token;
      state.grants.push({
        at: new Date().toISOString(),
        grantType: typeof ctx.oidc?.params?.grant_type === "string" ? ctx.oidc.params.grant_type : "",
        accountId: entities?.Account?.accountId ?? null,
        status: ctx.status,
        ...(typeof body.error === "string" ? { error: body.error } : {}),
        ...(typeof presented === "string" ? { refreshTokenPresented: fingerprint(presented) } : {}),
        ...(typeof body.refresh_token === "string" ? { refreshTokenIssued: fingerprint(body.refresh_token) } : {}),
      });
    }
    if (route === "token" && ctx.body && typeof ctx.body === "object") {
      const body = ctx.body as Record<string, unknown>;
      if (typeof body.refresh_token === "string") onTokenIssued(body.refresh_token);
      const accountId =
        (ctx.oidc?.entities as { Account?: { accountId: string } } | undefined)?.Account?.accountId ?? "";
      for (const kind of ["access_token", "refresh_token", "id_token"] as const) {
        const value = body[kind];
        if (typeof value === "string") state.issuedTokens.push({ accountId, kind, value });
      }
      if (state.issuedTokens.length > 500) state.issuedTokens.splice(0, state.issuedTokens.length - 500);
    }
  });
  return provider;
}

function rewriteDiscovery(doc: Record<string, unknown>, urls: EntraUrls) {
  for (const [name, value] of Object.entries(doc)) {
    if (name === "issuer" || typeof value !== "string" || !/^https?:\/\//.test(value)) continue;
    const url = new URL(value);
    const browser = name === "authorization_endpoint" || name === "end_session_endpoint";
    doc[name] = (browser ? urls.browserOrigin : urls.issuerOrigin) + url.pathname;
  }
  delete doc.authorization_response_iss_parameter_supported;
}
