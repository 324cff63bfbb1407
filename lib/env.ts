import { z } from "zod";

const MSA_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad";
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const booleanish = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

const schema = z.object({
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (run `npx auth secret` or `openssl rand -base64 33`)"),
  AUTH_URL: z.url("must be the portal's public URL, e.g. https://keys.example.com").optional(),
  AUTH_TRUST_HOST: booleanish,
  AUTH_MICROSOFT_ENTRA_ID_ID: z.string().regex(guid, "must be the application (client) id, a GUID"),
  AUTH_MICROSOFT_ENTRA_ID_SECRET: z.string().min(1, "must be the client secret of the app registration"),
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: z
    .url()
    .refine((value) => value.startsWith("https://"), "must use https://")
    .refine((value) => !value.endsWith("/"), "must not end with a slash (use …/<tenant-id>/v2.0)")
    .refine((value) => value.endsWith("/v2.0"), "must end with /v2.0, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0"),
  GRAPH_BASE_URL: z
    .url()
    .default("https://graph.microsoft.com")
    .refine((value) => value.startsWith("https://"), "must use https://")
    .refine((value) => !/\/v1\.0\/?$|\/beta\/?$/.test(value), "must be the host only; KeyDesk appends /v1.0")
    .transform((value) => value.replace(/\/+$/, "")),
  AUTH_ALLOWED_TENANTS: z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))
    .refine((list) => list.every((t) => guid.test(t)), "must be a comma-separated list of tenant ids (GUIDs)"),
  SESSION_MAX_AGE_HOURS: z.coerce.number().min(0.25).max(24).default(8),
  KEY_AUTO_HIDE_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
  ORG_NAME: z.string().max(80).optional(),
  HELPDESK_PHONE: z.string().max(40).optional(),
  HELPDESK_EMAIL: z.email("must be an e-mail address").optional(),
  HELPDESK_URL: z.url().optional(),
  HELPDESK_HOURS: z.string().max(120).optional(),
});

export type Env = z.infer<typeof schema>;

/** Reads and validates the environment; throws one readable message naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const message = issue.code === "invalid_type" && source[name] === undefined ? "is required but not set" : issue.message;
    return `  - ${name} ${message}`;
  });
  throw new Error(`KeyDesk configuration is invalid:\n${lines.join("\n")}\nSee .env.example and docs/configuration.md.`);
}

let cached: Env | undefined;
/** The validated environment, parsed once per process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export { MSA_TENANT_ID };
