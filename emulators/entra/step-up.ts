import type { SeedUser } from "../seed/types";
import { accountLabel, escapeHtml, layout } from "./pages";

const CONTEXT_ID = /^c([1-9]|[1-9]\d)$/;

type ClaimRequest = { essential?: unknown; value?: unknown; values?: unknown } | null;

function contextsIn(request: ClaimRequest | undefined): string[] {
  if (!request || typeof request !== "object") return [];
  const values = Array.isArray(request.values) ? request.values : [request.value];
  return values.filter((value): value is string => typeof value === "string" && CONTEXT_ID.test(value));
}

/**
 * Conditional Access authentication contexts the app asks for with the `claims` parameter:
 * `{"id_token":{"acrs":{"essential":true,"value":"c1"}}}` (or `values`, or under `access_token`,
 * as Entra's claims challenges send them). Malformed JSON asks for nothing here; oidc-provider
 * refuses it before the sign-in page is reached.
 */
export function requestedAuthContexts(claimsParameter: unknown): string[] {
  if (typeof claimsParameter !== "string" || claimsParameter === "") return [];
  try {
    const parsed = JSON.parse(claimsParameter) as Record<string, Record<string, ClaimRequest> | undefined>;
    const wanted = [...contextsIn(parsed.id_token?.acrs), ...contextsIn(parsed.access_token?.acrs)];
    return [...new Set(wanted)].sort();
  } catch {
    return [];
  }
}

/**
 * The extra step Entra shows when Conditional Access requires more for an authentication
 * context (typically a second factor). Demo accounts have no second factor, so it is one button.
 */
export function renderVerifyPage(user: SeedUser, contexts: readonly string[], action: string): string {
  return layout(
    "Verify your identity",
    `<h1>Verify your identity</h1><p class="lead">${escapeHtml(`This action needs extra verification (authentication context ${contexts.join(", ")}).`)}</p><ul><li><span class="account">${accountLabel(user)}</span></li></ul><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="account" value="${escapeHtml(user.id)}"><input type="hidden" name="verified" value="${escapeHtml(contexts.join(" "))}"><button class="account" type="submit"><span class="name">Verify</span><span class="note">Approve the sign-in request</span></button></form>`,
  );
}
