import {
  ClientCertificateCredential,
  ClientSecretCredential,
  WorkloadIdentityCredential,
  type AccessToken,
  type TokenCredential,
} from "@azure/identity";
import type { AppCredentialSettings } from "./app-credential-settings";

/**
 * The @azure/identity credential for KeyDesk's application: the portal (lib/graph/app-identity.ts)
 * and `npm run doctor` prove the same identity the same way.
 */
export function createAppCredential(settings: AppCredentialSettings): TokenCredential {
  return oneRequestInFlight(credentialFor(settings));
}

/**
 * MSAL answers from its own token cache once it holds a token, but every call that arrives before
 * the first answer goes to Entra: `npm run loadtest -- --brokered` counted 46 token requests in the
 * warm-up's first moments on two instances. Callers that come while a request is in flight share
 * it; the token itself stays in MSAL's cache alone.
 */
export function oneRequestInFlight(credential: TokenCredential): TokenCredential {
  const pending = new Map<string, Promise<AccessToken | null>>();
  return {
    getToken: (scopes, options) => {
      const key = [scopes].flat().join(" ");
      const shared = pending.get(key) ?? credential.getToken(scopes, options).finally(() => pending.delete(key));
      pending.set(key, shared);
      return shared;
    },
  };
}

function credentialFor(settings: AppCredentialSettings): TokenCredential {
  // The authority comes from configuration, never from a request: checking it against Microsoft's
  // public instance list would only add a call and refuse national or private login hosts.
  const options = { authorityHost: settings.authorityHost, disableInstanceDiscovery: true };
  switch (settings.kind) {
    case "federated":
      return new WorkloadIdentityCredential({
        ...options,
        tenantId: settings.tenantId,
        clientId: settings.clientId,
        tokenFilePath: settings.tokenFile,
      });
    case "certificate":
      return new ClientCertificateCredential(
        settings.tenantId,
        settings.clientId,
        { certificatePath: settings.certificatePath },
        options,
      );
    case "secret":
      return new ClientSecretCredential(settings.tenantId, settings.clientId, settings.secret, options);
  }
}
