import "server-only";
import {
  ClientCertificateCredential,
  ClientSecretCredential,
  WorkloadIdentityCredential,
  type TokenCredential,
} from "@azure/identity";
import { TokenCredentialAuthenticationProvider } from "@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials";
import { env } from "@/lib/env";
import { appCredentialSettings, GRAPH_DEFAULT_SCOPE, type AppCredentialSettings } from "./app-credential-settings";
import { GraphGateway } from "./client";

/**
 * KeyDesk's own identity for brokered mode (KEY_ACCESS=brokered): a client-credentials token for
 * Graph with application permissions, which can read EVERY key in the tenant — KeyDesk's rule
 * (lib/access) decides who sees which.
 *
 * One credential object per process, on purpose: @azure/identity (MSAL) keeps the app token it
 * got and renews it shortly before it expires, so a busy portal asks Entra once an hour instead
 * of once per request. That is a cache of KeyDesk's own token, not of anyone's session; no key and
 * no person's token is ever kept. A later feature that acts as the app (key rotation) reuses it.
 */
let credential: TokenCredential | undefined;

export function createAppCredential(settings: AppCredentialSettings): TokenCredential {
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

function appCredential(): TokenCredential {
  credential ??= createAppCredential(appCredentialSettings(env()));
  return credential;
}

/** A gateway that calls Graph as KeyDesk's application; cheap to make, the credential is shared. */
export function appGateway(): GraphGateway {
  return new GraphGateway(
    new TokenCredentialAuthenticationProvider(appCredential(), { scopes: [GRAPH_DEFAULT_SCOPE] }),
  );
}
