import type { MessageKey } from "@/lib/i18n/catalogue";
import { ownEntry } from "@/lib/own";

export type SignInNotice = { key: MessageKey; tone: "info" | "error" };
type Params = Record<string, string | string[] | undefined>;

const GENERIC: SignInNotice = { key: "signin.error.generic", tone: "error" };

/** Looked up by the `error` query parameter (ours or Auth.js's): own entries only. */
const ERRORS: Record<string, SignInNotice> = {
  TenantNotAllowed: { key: "signin.error.tenantNotAllowed", tone: "error" },
  RateLimited: { key: "signin.error.rateLimited", tone: "error" },
  // Auth.js reports an unreachable or misbehaving identity provider as a configuration error.
  Configuration: { key: "signin.error.Configuration", tone: "error" },
};

/** What the sign-in page says above its button, from its query; any unknown error is the generic one. */
export function signInNotice(params: Params): SignInNotice | undefined {
  const error = typeof params.error === "string" ? params.error : undefined;
  if (error) return ownEntry(ERRORS, error) ?? GENERIC;
  if (params.signedOut) return { key: "signin.notice.signedOut", tone: "info" };
  if (params.reason === "expired") return { key: "signin.notice.expired", tone: "info" };
  return undefined;
}
