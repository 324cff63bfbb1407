import type { Env } from "@/lib/env";

/**
 * The Graph resource's application id: `<it>/.default` asks for every application permission
 * consented to KeyDesk, in every cloud (the URI form differs per cloud, the id does not).
 */
export const GRAPH_DEFAULT_SCOPE = "00000003-0000-0000-c000-000000000000/.default";

/** Which credential KeyDesk proves its application identity with, in order of preference. */
export type AppCredentialSettings = {
  tenantId: string;
  clientId: string;
  /** The login host, from the issuer: national clouds and private endpoints need no extra setting. */
  authorityHost: string;
} & (
  | { kind: "federated"; tokenFile: string }
  | { kind: "certificate"; certificatePath: string }
  | { kind: "secret"; secret: string }
);

type Source = Pick<
  Env,
  | "AUTH_MICROSOFT_ENTRA_ID_ISSUER"
  | "AUTH_MICROSOFT_ENTRA_ID_ID"
  | "AUTH_MICROSOFT_ENTRA_ID_SECRET"
  | "GRAPH_APP_CLIENT_ID"
  | "GRAPH_APP_CERTIFICATE_PATH"
  | "GRAPH_APP_CLIENT_SECRET"
  | "AZURE_FEDERATED_TOKEN_FILE"
>;

/**
 * Federation (no secret to steal) before a certificate (a key file) before a client secret (a
 * password); the sign-in app's id and secret are the defaults. The tenant is the issuer's: lib/env.ts
 * refuses brokered mode with a multi-tenant issuer.
 */
export function appCredentialSettings(env: Source): AppCredentialSettings {
  const issuer = new URL(env.AUTH_MICROSOFT_ENTRA_ID_ISSUER);
  const tenantId = issuer.pathname.split("/").find(Boolean) ?? "";
  const base = {
    tenantId,
    clientId: env.GRAPH_APP_CLIENT_ID ?? env.AUTH_MICROSOFT_ENTRA_ID_ID,
    authorityHost: issuer.origin,
  };
  if (env.AZURE_FEDERATED_TOKEN_FILE) return { ...base, kind: "federated", tokenFile: env.AZURE_FEDERATED_TOKEN_FILE };
  if (env.GRAPH_APP_CERTIFICATE_PATH)
    return { ...base, kind: "certificate", certificatePath: env.GRAPH_APP_CERTIFICATE_PATH };
  return { ...base, kind: "secret", secret: env.GRAPH_APP_CLIENT_SECRET ?? env.AUTH_MICROSOFT_ENTRA_ID_SECRET };
}
