import { parseEnv, type Env } from "@/lib/env";
import { error, ok, type CheckResult, type Source } from "./types";

/** How to fix each variable, beyond the validation message that says what is wrong. */
const FIXES: Record<string, string> = {
  AUTH_SECRET: "Generate one with `openssl rand -base64 33` and give every instance the same value.",
  AUTH_URL: "Set the public URL people open, e.g. AUTH_URL=https://keys.contoso.com (no path, no trailing slash).",
  AUTH_TRUST_HOST: "Use true or false.",
  AUTH_MICROSOFT_ENTRA_ID_ID:
    "Copy the Application (client) ID from the app registration's Overview page (see /it/register-app).",
  AUTH_MICROSOFT_ENTRA_ID_SECRET:
    "Create a client secret under Certificates & secrets and copy its Value (not its Secret ID).",
  AUTH_MICROSOFT_ENTRA_ID_ISSUER:
    "Use https://login.microsoftonline.com/<tenant-id>/v2.0 (single tenant) or …/organizations/v2.0 (multi-tenant), without a trailing slash; national clouds: https://<their login host>/<tenant-id>/v2.0.",
  GRAPH_BASE_URL:
    "Use the Graph host only, e.g. https://graph.microsoft.com (national clouds: https://graph.microsoft.us, https://dod-graph.microsoft.us, https://microsoftgraph.chinacloudapi.cn).",
  AUTH_ALLOWED_TENANTS: "List tenant ids (GUIDs) separated by commas, or leave it empty.",
  KEYDESK_CONFIG_FILE: "Point it at a readable JSON file holding one object of settings, or unset it.",
  ACCENT_COLOR: "Pick a darker #rrggbb colour; white text must stay readable on it.",
  TRUSTED_PROXY_HOPS:
    "Use 0 when clients connect to KeyDesk directly, or the number of proxies in front of it that append to X-Forwarded-For (usually 1).",
  LOOKUP_LIMIT_PER_HOUR: "Use a whole number from 1 to 10000 (default 60).",
  REVEAL_AUTH_CONTEXT:
    "Use the ID of an authentication context from Entra's Conditional Access > Authentication contexts (c1 to c99), or leave it empty.",
  REVEAL_MAX_AUTH_AGE_MINUTES: "Use a whole number of minutes from 1 to 1440, or leave it empty.",
  HELPDESK_TICKET_PATTERN: "Write a JavaScript regular expression for the whole ticket number, e.g. INC[0-9]{7}.",
  INCIDENT_MESSAGE: 'Write plain text, or a JSON object of texts by language, e.g. {"en":"…","de":"…"}.',
  REDIS_URL: "Use redis://host:6379 or rediss://host:6380 (TLS), with :password@ when Redis needs one.",
  KEY_ACCESS:
    "Use delegated (the default) or brokered; brokered needs a single-tenant issuer, https://<login host>/<tenant-id>/v2.0.",
  KEY_ACCESS_RULE: "Use owner, primary-user or owner|primary-user.",
  KEY_ACCESS_GROUP_ID: "Copy the group's Object ID from Entra > Groups, or leave it empty.",
  KEY_ACCESS_EXCLUDED_DEVICE_GROUP_ID: "Copy the device group's Object ID from Entra > Groups, or leave it empty.",
  GRAPH_APP_CERTIFICATE_PATH: "Set only one application credential: a certificate or a federated token file.",
};

const GENERIC_FIX = "See docs/configuration.md for the allowed values.";

/**
 * Validates the settings exactly as the server does at start-up (lib/env.ts) and turns each
 * complaint into a line with a fix. Returns the parsed settings when everything is valid.
 */
export function checkVariables(source: Source): { results: CheckResult[]; env: Env | null } {
  try {
    const env = parseEnv(source);
    return { results: [ok("variables", "All settings are valid.")], env };
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const results = text
      .split("\n")
      .filter((line) => line.startsWith("  - "))
      .map((line) => {
        const problem = line.slice(4);
        const name = /^[A-Z_]+/.exec(problem)?.[0] ?? "";
        return error(`variables.${name || "unknown"}`, problem, FIXES[name] ?? GENERIC_FIX);
      });
    return { results: results.length > 0 ? results : [error("variables", text, GENERIC_FIX)], env: null };
  }
}
