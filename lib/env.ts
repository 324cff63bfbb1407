import { readFileSync } from "node:fs";
import { z } from "zod";
import { ACCESS_RULES, parseRuleList } from "./access/rule-list";
import { helpdeskEnvSchema } from "./helpdesk/env-schema";

const MSA_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad";
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const booleanish = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

const schema = z
  .object({
    AUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (run `npx auth secret` or `openssl rand -base64 33`)"),
    AUTH_URL: z.url("must be the portal's public URL, e.g. https://keys.example.com").optional(),
    AUTH_TRUST_HOST: booleanish,
    AUTH_MICROSOFT_ENTRA_ID_ID: z.string().regex(guid, "must be the application (client) id, a GUID"),
    AUTH_MICROSOFT_ENTRA_ID_SECRET: z.string().min(1, "must be the client secret of the app registration"),
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: z
      .url()
      .refine((value) => value.startsWith("https://"), "must use https://")
      .refine((value) => !value.endsWith("/"), "must not end with a slash (use …/<tenant-id>/v2.0)")
      .refine(
        (value) => value.endsWith("/v2.0"),
        "must end with /v2.0, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0",
      ),
    GRAPH_BASE_URL: z
      .url()
      .default("https://graph.microsoft.com")
      .refine((value) => value.startsWith("https://"), "must use https://")
      .refine((value) => !/\/v1\.0\/?$|\/beta\/?$/.test(value), "must be the host only; KeyDesk appends /v1.0")
      .transform((value) => value.replace(/\/+$/, "")),
    AUTH_ALLOWED_TENANTS: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? "")
          .split(",")
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      )
      .refine((list) => list.every((t) => guid.test(t)), "must be a comma-separated list of tenant ids (GUIDs)"),
    SESSION_MAX_AGE_HOURS: z.coerce.number().min(0.25).max(24).default(8),
    KEY_AUTO_HIDE_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(480).default(30),
    ORG_NAME: z.string().max(80).optional(),
    /**
     * The tenant that ORG_NAME, the logo, the accent colour and HELPDESK_* belong to. People signed in
     * from another tenant (a multi-tenant portal) see neutral branding. Default: the tenant in the
     * issuer URL, or every tenant when the issuer is multi-tenant.
     */
    ORG_TENANT_ID: z
      .string()
      .regex(guid, "must be a tenant id (GUID)")
      .transform((value) => value.toLowerCase())
      .optional(),
    ORG_LOGO_URL: z
      .string()
      .optional()
      .refine(
        (v) => !v || v.startsWith("https://") || /^\/[\w./-]+$/.test(v),
        "must be an https:// URL or a path under public/, e.g. /branding/logo.svg",
      ),
    ACCENT_COLOR: z
      .string()
      .optional()
      .refine((v) => !v || /^#[0-9a-f]{6}$/i.test(v), "must be a colour like #0b5cad")
      .refine(
        (v) => !v || contrastWithWhite(v) >= 4.5,
        "is too light: white text on it must reach a 4.5:1 contrast ratio (WCAG AA)",
      ),
    HELPDESK_PHONE: z.string().max(40).optional(),
    HELPDESK_EMAIL: z.email("must be an e-mail address").optional(),
    HELPDESK_URL: z.url().optional(),
    HELPDESK_HOURS: z.string().max(120).optional(),
    /** MBAM-style notice the user must accept before the first reveal of a session. */
    REVEAL_NOTICE: z.string().max(2000).optional(),
    /** Optional "reason for access" choices, separated by `|`; recorded in the audit event. */
    REVEAL_REASONS: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? "")
          .split("|")
          .map((r) => r.trim())
          .filter(Boolean),
      )
      .refine(
        (list) => list.length <= 10 && list.every((r) => r.length <= 80),
        "must be at most 10 reasons of at most 80 characters, separated by |",
      ),
    /**
     * A Conditional Access authentication context (c1…c99) a sign-in must have satisfied (the id
     * token's `acrs` claim) before a key is shown; KeyDesk asks for it with the `claims` parameter.
     */
    REVEAL_AUTH_CONTEXT: z
      .string()
      .regex(/^c([1-9]|[1-9]\d)$/, "must be an authentication context id from c1 to c99")
      .optional(),
    /** A key is shown only to a sign-in at most this old (`auth_time`); older ones sign in again first. */
    REVEAL_MAX_AUTH_AGE_MINUTES: z.coerce
      .number({ error: "must be a whole number of minutes" })
      .int("must be a whole number of minutes")
      .min(1, "must be at least 1 minute")
      .max(1440, "must be at most 1440 minutes (24 hours)")
      .optional(),
    /** Key reveals one person may make per hour, across all instances when REDIS_URL is set. */
    REVEAL_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(20),
    /** Sign-in starts per client address per minute. */
    SIGNIN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(30),
    /** Key ID lookups (that reach Graph) one person may make per hour, across instances with REDIS_URL. */
    LOOKUP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(10000).default(60),
    /**
     * Proxies in front of KeyDesk that append to X-Forwarded-For: 0 trusts no header (the client is
     * the connection's peer), N takes the N-th address from the right (lib/net/client-address.ts).
     */
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ error: "must be a whole number of proxies, 0 when clients connect directly" })
      .int("must be a whole number of proxies, 0 when clients connect directly")
      .min(0, "must be 0 (no proxy) or the number of proxies in front of KeyDesk")
      .max(10, "must be at most 10: count only the proxies that append to X-Forwarded-For")
      .default(0),
    REDIS_URL: z
      .string()
      .optional()
      .refine((v) => !v || /^rediss?:\/\//.test(v), "must be a redis:// or rediss:// URL"),
    /**
     * How keys are read: `delegated` (default) with the person's own token, so Graph's owner check
     * decides; `brokered` with KeyDesk's application identity, so KeyDesk's rule below decides.
     */
    KEY_ACCESS: z.enum(["delegated", "brokered"], { error: "must be delegated or brokered" }).default("delegated"),
    /** Brokered: who may read a device's keys, `owner` and/or `primary-user`, separated by | (or commas). */
    KEY_ACCESS_RULE: z
      .string()
      .optional()
      .transform((v, ctx) => {
        const rules = parseRuleList(v ?? "owner|primary-user");
        if (rules) return rules;
        ctx.addIssue({ code: "custom", message: `must list ${ACCESS_RULES.join(" and/or ")}, separated by |` });
        return z.NEVER;
      }),
    /** Brokered: only members of this group (object id) may use self-service; everyone else goes to the help desk. */
    KEY_ACCESS_GROUP_ID: z
      .string()
      .regex(guid, "must be the object id (GUID) of an Entra group")
      .transform((value) => value.toLowerCase())
      .optional(),
    /** Brokered: devices in this group (servers, kiosks) are never self-service. */
    KEY_ACCESS_EXCLUDED_DEVICE_GROUP_ID: z
      .string()
      .regex(guid, "must be the object id (GUID) of an Entra group")
      .transform((value) => value.toLowerCase())
      .optional(),
    /** Brokered: the application KeyDesk reads keys as. Default: the sign-in app registration. */
    GRAPH_APP_CLIENT_ID: z.string().regex(guid, "must be the application (client) id, a GUID").optional(),
    /** Brokered: a PEM file holding the application's certificate and private key (recommended). */
    GRAPH_APP_CERTIFICATE_PATH: z.string().optional(),
    /** Brokered: the application's client secret. Default: the sign-in app's secret. */
    GRAPH_APP_CLIENT_SECRET: z.string().optional(),
    /** Brokered: a federated token file (workload identity federation, e.g. AKS); wins over the others. */
    AZURE_FEDERATED_TOKEN_FILE: z.string().optional(),
    /**
     * Brokered: after a reveal, ask Intune to replace the key — when the person says they are back
     * in Windows, or after ROTATE_AFTER_REVEAL_DELAY_MINUTES (needs the application permission
     * DeviceManagementManagedDevices.PrivilegedOperations.All).
     */
    ROTATE_AFTER_REVEAL: booleanish,
    ROTATE_AFTER_REVEAL_DELAY_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
    /** The help-desk console and incident mode (lib/helpdesk/env-schema.ts). */
    ...helpdeskEnvSchema,
    /** Optional JSON file with any of these settings; environment variables win over it. */
    KEYDESK_CONFIG_FILE: z.string().optional(),
  })
  .superRefine((settings, ctx) => {
    if (settings.ROTATE_AFTER_REVEAL && settings.KEY_ACCESS !== "brokered")
      ctx.addIssue({
        code: "custom",
        path: ["ROTATE_AFTER_REVEAL"],
        message: "needs KEY_ACCESS=brokered: rotation is asked of Intune as KeyDesk's application",
      });
    if (settings.KEY_ACCESS !== "brokered") return;
    // The application's token is for one tenant: people from any other would be judged on the wrong directory.
    if (/\/(common|organizations|consumers)\/v2\.0$/.test(settings.AUTH_MICROSOFT_ENTRA_ID_ISSUER))
      ctx.addIssue({
        code: "custom",
        path: ["KEY_ACCESS"],
        message:
          "brokered needs a single-tenant issuer: set AUTH_MICROSOFT_ENTRA_ID_ISSUER to https://<login host>/<tenant-id>/v2.0",
      });
    if (settings.AZURE_FEDERATED_TOKEN_FILE && settings.GRAPH_APP_CERTIFICATE_PATH)
      ctx.addIssue({
        code: "custom",
        path: ["GRAPH_APP_CERTIFICATE_PATH"],
        message: "and AZURE_FEDERATED_TOKEN_FILE are both set: choose one application credential",
      });
  });

export type Env = z.infer<typeof schema>;

/** WCAG relative-luminance contrast of a #rrggbb colour against white. */
export function contrastWithWhite(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}

/** Settings from the optional config file, overridden by the environment. */
export function mergeConfigFile(
  source: Record<string, string | undefined>,
  readFile: (path: string) => string,
): Record<string, string | undefined> {
  const path = source.KEYDESK_CONFIG_FILE;
  if (!path) return source;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFile(path));
  } catch (error) {
    throw new Error(
      `KeyDesk configuration is invalid:\n  - KEYDESK_CONFIG_FILE (${path}) could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(
      `KeyDesk configuration is invalid:\n  - KEYDESK_CONFIG_FILE (${path}) must hold a JSON object of settings`,
    );
  }
  const fromFile = Object.fromEntries(
    Object.entries(parsed).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)]),
  );
  return { ...fromFile, ...Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== "")) };
}

/** Reads and validates the environment; throws one readable message naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (`HELPDESK_URL=`) means "not set", as in .env.example.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = schema.safeParse(mergeConfigFile(present, (path) => readFileSync(path, "utf8")));
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const message =
      issue.code === "invalid_type" && source[name] === undefined ? "is required but not set" : issue.message;
    return `  - ${name} ${message}`;
  });
  throw new Error(
    `KeyDesk configuration is invalid:\n${lines.join("\n")}\nSee .env.example and docs/configuration.md.`,
  );
}

/** `next dev` (which needs a looser CSP for its tooling), as opposed to a production build. */
export const isDevelopment = process.env.NODE_ENV === "development";

let cached: Env | undefined;
/** The validated environment, parsed once per process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export { MSA_TENANT_ID };
