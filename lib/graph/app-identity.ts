import "server-only";
import type { TokenCredential } from "@azure/identity";
import { TokenCredentialAuthenticationProvider } from "@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials";
import { env } from "@/lib/env";
import { processGlobal } from "@/lib/process-global";
import { createAppCredential } from "./app-credential";
import { appCredentialSettings, GRAPH_DEFAULT_SCOPE } from "./app-credential-settings";
import { GraphGateway } from "./client";

/**
 * KeyDesk's own identity for brokered mode (KEY_ACCESS=brokered): a client-credentials token for
 * Graph with application permissions, which can read EVERY key in the tenant — KeyDesk's rule
 * (lib/access) decides who sees which.
 *
 * One credential object per process, on purpose: @azure/identity (MSAL) keeps the app token it
 * got and renews it shortly before it expires, so a busy portal asks Entra once an hour instead
 * of once per request. That is a cache of KeyDesk's own token, not of anyone's session; no key and
 * no person's token is ever kept. Pages and server actions are separate bundles, so the one
 * credential lives on the process (processGlobal). A later feature that acts as the app (key
 * rotation) reuses it through appGateway().
 */
function appCredential(): TokenCredential {
  return processGlobal("app-credential", () => createAppCredential(appCredentialSettings(env())));
}

/** A gateway that calls Graph as KeyDesk's application; cheap to make, the credential is shared. */
export function appGateway(): GraphGateway {
  return new GraphGateway(
    new TokenCredentialAuthenticationProvider(appCredential(), { scopes: [GRAPH_DEFAULT_SCOPE] }),
  );
}
