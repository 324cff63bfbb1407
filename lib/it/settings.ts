import type { Env } from "@/lib/env";
import type { MessageKey } from "@/lib/i18n/catalogue";

export type SettingGroup =
  "signIn" | "graph" | "access" | "sessions" | "branding" | "helpdesk" | "console" | "reveal" | "limits" | "file";

export type SettingDoc = {
  group: SettingGroup;
  /** "required", or the default when unset ("" when unset simply means "off"). */
  requirement: "required" | { default: string };
  /** An illustrative value, never a real secret. */
  example: string;
  secret?: boolean;
  description: MessageKey;
};

const optional = { default: "" };

/**
 * Every setting of lib/env.ts, for the configuration page. Typed as a record over the validated
 * settings, so adding a variable to lib/env.ts without documenting it here fails to compile.
 */
export const SETTINGS = {
  AUTH_SECRET: {
    group: "signIn",
    requirement: "required",
    example: "(openssl rand -base64 33)",
    secret: true,
    description: "it.config.var.AUTH_SECRET",
  },
  AUTH_URL: {
    group: "signIn",
    requirement: optional,
    example: "https://keys.contoso.com",
    description: "it.config.var.AUTH_URL",
  },
  AUTH_TRUST_HOST: {
    group: "signIn",
    requirement: { default: "false" },
    example: "true",
    description: "it.config.var.AUTH_TRUST_HOST",
  },
  AUTH_MICROSOFT_ENTRA_ID_ID: {
    group: "signIn",
    requirement: "required",
    example: "2b7e5c1a-8d4f-4a3e-b6c9-1f0d7e3a5b48",
    description: "it.config.var.AUTH_MICROSOFT_ENTRA_ID_ID",
  },
  AUTH_MICROSOFT_ENTRA_ID_SECRET: {
    group: "signIn",
    requirement: "required",
    example: "(from Certificates & secrets)",
    secret: true,
    description: "it.config.var.AUTH_MICROSOFT_ENTRA_ID_SECRET",
  },
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: {
    group: "signIn",
    requirement: "required",
    example: "https://login.microsoftonline.com/3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75/v2.0",
    description: "it.config.var.AUTH_MICROSOFT_ENTRA_ID_ISSUER",
  },
  AUTH_ALLOWED_TENANTS: {
    group: "signIn",
    requirement: optional,
    example: "3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75,9b0e…",
    description: "it.config.var.AUTH_ALLOWED_TENANTS",
  },
  GRAPH_BASE_URL: {
    group: "graph",
    requirement: { default: "https://graph.microsoft.com" },
    example: "https://graph.microsoft.us",
    description: "it.config.var.GRAPH_BASE_URL",
  },
  KEY_ACCESS: {
    group: "access",
    requirement: { default: "delegated" },
    example: "brokered",
    description: "it.config.var.KEY_ACCESS",
  },
  KEY_ACCESS_RULE: {
    group: "access",
    requirement: { default: "owner|primary-user" },
    example: "primary-user",
    description: "it.config.var.KEY_ACCESS_RULE",
  },
  KEY_ACCESS_GROUP_ID: {
    group: "access",
    requirement: optional,
    example: "9c9b7d16-586a-4db6-bbe1-367d52081276",
    description: "it.config.var.KEY_ACCESS_GROUP_ID",
  },
  KEY_ACCESS_EXCLUDED_DEVICE_GROUP_ID: {
    group: "access",
    requirement: optional,
    example: "3d268100-8539-4a82-a363-2b6c3ccc8736",
    description: "it.config.var.KEY_ACCESS_EXCLUDED_DEVICE_GROUP_ID",
  },
  GRAPH_APP_CLIENT_ID: {
    group: "access",
    requirement: { default: "AUTH_MICROSOFT_ENTRA_ID_ID" },
    example: "2b7e5c1a-8d4f-4a3e-b6c9-1f0d7e3a5b48",
    description: "it.config.var.GRAPH_APP_CLIENT_ID",
  },
  GRAPH_APP_CERTIFICATE_PATH: {
    group: "access",
    requirement: optional,
    example: "/run/secrets/keydesk-app.pem",
    description: "it.config.var.GRAPH_APP_CERTIFICATE_PATH",
  },
  GRAPH_APP_CLIENT_SECRET: {
    group: "access",
    requirement: { default: "AUTH_MICROSOFT_ENTRA_ID_SECRET" },
    example: "(from Certificates & secrets)",
    secret: true,
    description: "it.config.var.GRAPH_APP_CLIENT_SECRET",
  },
  AZURE_FEDERATED_TOKEN_FILE: {
    group: "access",
    requirement: optional,
    example: "/var/run/secrets/azure/tokens/azure-identity-token",
    description: "it.config.var.AZURE_FEDERATED_TOKEN_FILE",
  },
  ROTATE_AFTER_REVEAL: {
    group: "access",
    requirement: { default: "false" },
    example: "true",
    description: "it.config.var.ROTATE_AFTER_REVEAL",
  },
  ROTATE_AFTER_REVEAL_DELAY_MINUTES: {
    group: "access",
    requirement: { default: "60" },
    example: "30",
    description: "it.config.var.ROTATE_AFTER_REVEAL_DELAY_MINUTES",
  },
  SESSION_MAX_AGE_HOURS: {
    group: "sessions",
    requirement: { default: "8" },
    example: "4",
    description: "it.config.var.SESSION_MAX_AGE_HOURS",
  },
  SESSION_IDLE_MINUTES: {
    group: "sessions",
    requirement: { default: "30" },
    example: "15",
    description: "it.config.var.SESSION_IDLE_MINUTES",
  },
  KEY_AUTO_HIDE_SECONDS: {
    group: "sessions",
    requirement: { default: "600" },
    example: "300",
    description: "it.config.var.KEY_AUTO_HIDE_SECONDS",
  },
  ORG_NAME: { group: "branding", requirement: optional, example: "Contoso", description: "it.config.var.ORG_NAME" },
  ORG_TENANT_ID: {
    group: "branding",
    requirement: optional,
    example: "3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75",
    description: "it.config.var.ORG_TENANT_ID",
  },
  ORG_LOGO_URL: {
    group: "branding",
    requirement: optional,
    example: "/branding/logo.svg",
    description: "it.config.var.ORG_LOGO_URL",
  },
  ACCENT_COLOR: {
    group: "branding",
    requirement: { default: "#0b5cad" },
    example: "#5b2a86",
    description: "it.config.var.ACCENT_COLOR",
  },
  HELPDESK_PHONE: {
    group: "helpdesk",
    requirement: optional,
    example: "+1 555 0100",
    description: "it.config.var.HELPDESK_PHONE",
  },
  HELPDESK_EMAIL: {
    group: "helpdesk",
    requirement: optional,
    example: "helpdesk@contoso.com",
    description: "it.config.var.HELPDESK_EMAIL",
  },
  HELPDESK_URL: {
    group: "helpdesk",
    requirement: optional,
    example: "https://support.contoso.com",
    description: "it.config.var.HELPDESK_URL",
  },
  HELPDESK_HOURS: {
    group: "helpdesk",
    requirement: optional,
    example: "Mon-Fri 7:00-19:00",
    description: "it.config.var.HELPDESK_HOURS",
  },
  HELPDESK: {
    group: "console",
    requirement: { default: "false" },
    example: "true",
    description: "it.config.var.HELPDESK",
  },
  HELPDESK_GROUP_ID: {
    group: "console",
    requirement: optional,
    example: "5f0c7a3e-2b9d-4c61-8e14-7a3d9b2c6e05",
    description: "it.config.var.HELPDESK_GROUP_ID",
  },
  HELPDESK_TICKET_PATTERN: {
    group: "console",
    requirement: optional,
    example: "^INC[0-9]{7}$",
    description: "it.config.var.HELPDESK_TICKET_PATTERN",
  },
  HELPDESK_REASONS: {
    group: "console",
    requirement: { default: "MBAM's reasons" },
    example: "Forgot PIN|Hardware change|TPM reset|Other",
    description: "it.config.var.HELPDESK_REASONS",
  },
  HELPDESK_CHECKS: {
    group: "console",
    requirement: optional,
    example: "Called back on the number in the directory|Caller read the Key ID from the screen",
    description: "it.config.var.HELPDESK_CHECKS",
  },
  INCIDENT_MESSAGE: {
    group: "console",
    requirement: optional,
    example: '{"en":"A faulty update locked many PCs. Call 555 0100.","de":"…"}',
    description: "it.config.var.INCIDENT_MESSAGE",
  },
  INCIDENT_LIMITS: {
    group: "console",
    requirement: { default: "false" },
    example: "true",
    description: "it.config.var.INCIDENT_LIMITS",
  },
  REVEAL_NOTICE: {
    group: "reveal",
    requirement: optional,
    example: "Recovery keys are confidential. Use this key only for your own device.",
    description: "it.config.var.REVEAL_NOTICE",
  },
  REVEAL_REASONS: {
    group: "reveal",
    requirement: optional,
    example: "Locked out at start-up|Data drive locked|Other",
    description: "it.config.var.REVEAL_REASONS",
  },
  REVEAL_AUTH_CONTEXT: {
    group: "reveal",
    requirement: optional,
    example: "c1",
    description: "it.config.var.REVEAL_AUTH_CONTEXT",
  },
  REVEAL_MAX_AUTH_AGE_MINUTES: {
    group: "reveal",
    requirement: optional,
    example: "15",
    description: "it.config.var.REVEAL_MAX_AUTH_AGE_MINUTES",
  },
  REVEAL_LIMIT_PER_HOUR: {
    group: "limits",
    requirement: { default: "20" },
    example: "10",
    description: "it.config.var.REVEAL_LIMIT_PER_HOUR",
  },
  SIGNIN_LIMIT_PER_MINUTE: {
    group: "limits",
    requirement: { default: "30" },
    example: "60",
    description: "it.config.var.SIGNIN_LIMIT_PER_MINUTE",
  },
  LOOKUP_LIMIT_PER_HOUR: {
    group: "limits",
    requirement: { default: "60" },
    example: "30",
    description: "it.config.var.LOOKUP_LIMIT_PER_HOUR",
  },
  TRUSTED_PROXY_HOPS: {
    group: "limits",
    requirement: { default: "0" },
    example: "1",
    description: "it.config.var.TRUSTED_PROXY_HOPS",
  },
  REDIS_URL: {
    group: "limits",
    requirement: optional,
    example: "rediss://:password@redis.internal:6380",
    secret: true,
    description: "it.config.var.REDIS_URL",
  },
  KEYDESK_CONFIG_FILE: {
    group: "file",
    requirement: optional,
    example: "/etc/keydesk/settings.json",
    description: "it.config.var.KEYDESK_CONFIG_FILE",
  },
} as const satisfies Record<keyof Env, SettingDoc>;

export type SettingName = keyof typeof SETTINGS;

export const GROUPS: readonly SettingGroup[] = [
  "signIn",
  "graph",
  "access",
  "sessions",
  "branding",
  "helpdesk",
  "console",
  "reveal",
  "limits",
  "file",
];

export function settingsIn(group: SettingGroup): SettingName[] {
  return (Object.keys(SETTINGS) as SettingName[]).filter((name) => SETTINGS[name].group === group);
}
