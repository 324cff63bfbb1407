import {
  ClientCertificateCredential,
  ClientSecretCredential,
  WorkloadIdentityCredential,
  type TokenCredential,
} from "@azure/identity";
import type { AppCredentialSettings } from "./app-credential-settings";

/**
 * The @azure/identity credential for KeyDesk's application: the portal (lib/graph/app-identity.ts)
 * and `npm run doctor` prove the same identity the same way.
 */
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
