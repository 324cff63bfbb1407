/**
 * Step-up before a key is shown: what IT asks of the sign-in (a Conditional Access authentication
 * context, a recent authentication) and what to ask Entra for when the sign-in falls short. Pure:
 * the facts come from the id token Auth.js verified at sign-in, never from the browser.
 */

export type StepUpPolicy = {
  /** REVEAL_AUTH_CONTEXT: `c1`…`c99`, or null. */
  authContext: string | null;
  /** REVEAL_MAX_AUTH_AGE_MINUTES, or null. */
  maxAuthAgeMinutes: number | null;
};

/** What the sign-in proved, from its id token: `acrs` and `auth_time` (seconds since epoch). */
export type SignInStrength = { acrs: readonly string[]; authTime: number | null };

/**
 * Why a reveal has to wait for a new sign-in. `auth-age` wins when both apply: the person then
 * signs in afresh, and the same sign-in satisfies the authentication context.
 */
export type StepUpReason = "auth-context" | "auth-age";

export type StepUpNeed = { reason: StepUpReason; authContext: boolean; freshSignIn: boolean };

/** The `acrs` claim as Entra sends it (a list of context ids; accepted as one string too). */
export function acrsClaim(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(" ") : [];
  return list.filter((item): item is string => typeof item === "string" && /^c\d{1,2}$/.test(item));
}

/** `auth_time` as a whole number of seconds, or null when the token had none. */
export const authTimeClaim = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.floor(value) : null;

/**
 * Null when the sign-in may see keys now. A sign-in without `auth_time` counts as too old when an
 * age is set: KeyDesk cannot tell, so it asks.
 */
export function stepUpNeeded(strength: SignInStrength, policy: StepUpPolicy, nowSeconds: number): StepUpNeed | null {
  const authContext = policy.authContext !== null && !strength.acrs.includes(policy.authContext);
  const freshSignIn =
    policy.maxAuthAgeMinutes !== null &&
    (strength.authTime === null || nowSeconds - strength.authTime > policy.maxAuthAgeMinutes * 60);
  if (!authContext && !freshSignIn) return null;
  return { reason: freshSignIn ? "auth-age" : "auth-context", authContext, freshSignIn };
}

/**
 * The `claims` request parameter that asks Entra for an authentication context in the id token,
 * as Microsoft's developer guide to Conditional Access authentication context shows it.
 */
export const authContextClaimsRequest = (authContext: string): string =>
  JSON.stringify({ id_token: { acrs: { essential: true, value: authContext } } });

/**
 * Extra parameters of the authorization request that re-authenticates. The context is requested
 * whenever one is configured (a fresh sign-in must bring it along). `prompt=login` makes Entra
 * ask for credentials again instead of reusing its browser session (Entra documents `prompt`,
 * not `max_age`); otherwise the sign-in's own `select_account` stays, and `login_hint` proposes
 * the same account.
 */
export function stepUpAuthorizationParams(
  need: StepUpNeed,
  policy: StepUpPolicy,
  loginHint: string | null,
): Record<string, string> {
  return {
    ...(policy.authContext ? { claims: authContextClaimsRequest(policy.authContext) } : {}),
    ...(need.freshSignIn ? { prompt: "login" } : {}),
    ...(loginHint ? { login_hint: loginHint } : {}),
  };
}

/** Where "Verify it's you" goes: the route that starts the re-authentication, then back to `returnTo`. */
export const stepUpPath = (returnTo: string): string => `/api/step-up?returnTo=${encodeURIComponent(returnTo)}`;
