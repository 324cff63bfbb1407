import type { TokenCredential } from "@azure/identity";
import type { Env } from "@/lib/env";
import { createAppCredential } from "@/lib/graph/app-credential";
import {
  appCredentialSettings,
  GRAPH_DEFAULT_SCOPE,
  type AppCredentialSettings,
} from "@/lib/graph/app-credential-settings";
import { error, ok, skip, type CheckResult } from "./types";

/** Each application permission brokered mode may need, the higher ones that include it, and when it is needed. */
const ROLES: { role: string; covers: string[]; why: string; needed: (env: Env) => boolean }[] = [
  {
    role: "BitlockerKey.Read.All",
    covers: [],
    why: "lists and reads the recovery keys",
    needed: () => true,
  },
  {
    role: "Device.Read.All",
    covers: ["Device.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"],
    why: "finds the Entra device of an Intune record and checks the excluded device group",
    needed: (env) => env.KEY_ACCESS_RULE.includes("primary-user") || !!env.KEY_ACCESS_EXCLUDED_DEVICE_GROUP_ID,
  },
  {
    role: "DeviceManagementManagedDevices.Read.All",
    covers: ["DeviceManagementManagedDevices.ReadWrite.All"],
    why: "finds the devices whose Intune primary user the person is (KEY_ACCESS_RULE primary-user), and a shown key's PC in Intune (ROTATE_AFTER_REVEAL)",
    needed: (env) => env.KEY_ACCESS_RULE.includes("primary-user") || env.ROTATE_AFTER_REVEAL,
  },
  {
    role: "GroupMember.Read.All",
    covers: ["Group.Read.All", "Directory.Read.All", "Directory.ReadWrite.All"],
    why: "checks membership of KEY_ACCESS_GROUP_ID",
    needed: (env) => !!env.KEY_ACCESS_GROUP_ID,
  },
  {
    role: "DeviceManagementManagedDevices.PrivilegedOperations.All",
    covers: [],
    why: "asks Intune to rotate a key after it was shown (ROTATE_AFTER_REVEAL)",
    needed: (env) => env.ROTATE_AFTER_REVEAL,
  },
];

const CREDENTIAL_FIX: Record<AppCredentialSettings["kind"], string> = {
  certificate:
    "Check that GRAPH_APP_CERTIFICATE_PATH is a readable PEM holding the private key and the certificate, and that the certificate is uploaded to the app registration (Certificates & secrets) and not expired.",
  secret:
    "Create a new client secret under Certificates & secrets and set GRAPH_APP_CLIENT_SECRET (or AUTH_MICROSOFT_ENTRA_ID_SECRET when it is the same app); secrets expire.",
  federated:
    "Check the federated credential on the app registration (issuer, subject, audience) and that AZURE_FEDERATED_TOKEN_FILE names the token file your platform writes.",
};

/** The `roles` claim of an access token: what Entra says was consented, without any extra call. */
function rolesOf(accessToken: string): string[] {
  const payload = accessToken.split(".")[1] ?? "";
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { roles?: unknown };
    return Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === "string") : [];
  } catch {
    return [];
  }
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split("\n").find((line) => /AADSTS\d+/.test(line)) ?? text.split("\n")[0] ?? "").trim().slice(0, 300);
}

/**
 * Brokered mode (KEY_ACCESS=brokered): gets an application token exactly as the portal does and
 * checks that it carries every application permission the configured rule needs, one line each.
 */
export async function checkAppAccess(
  env: Env | null,
  makeCredential: (settings: AppCredentialSettings) => TokenCredential = createAppCredential,
): Promise<CheckResult[]> {
  if (!env) return [skip("app.token", "Application access not checked: fix the settings first.")];
  if (env.KEY_ACCESS !== "brokered") return [];
  const settings = appCredentialSettings(env);
  let token: string;
  try {
    const answer = await makeCredential(settings).getToken(GRAPH_DEFAULT_SCOPE);
    if (!answer) throw new Error("the credential returned no token");
    token = answer.token;
  } catch (err) {
    return [
      error(
        "app.token",
        `KeyDesk's application (${settings.clientId}, ${settings.kind}) got no token from ${settings.authorityHost}: ${firstLine(err)}. People are sent to the help desk until this is fixed.`,
        CREDENTIAL_FIX[settings.kind],
      ),
    ];
  }
  const granted = new Set(rolesOf(token));
  const results: CheckResult[] = [
    ok("app.token", `KeyDesk's application (${settings.clientId}) gets a Graph token with its ${settings.kind}.`),
  ];
  for (const { role, covers, why, needed } of ROLES) {
    if (!needed(env)) continue;
    const id = `app.role.${role}`;
    if (granted.has(role) || covers.some((c) => granted.has(c))) results.push(ok(id, `${role} is granted (${why}).`));
    else
      results.push(
        error(
          id,
          `The application permission ${role} is missing: KeyDesk ${why} with it.`,
          `Add ${role} (Microsoft Graph, Application) to the app registration and grant admin consent (see docs/it-setup.md).`,
        ),
      );
  }
  return results;
}
