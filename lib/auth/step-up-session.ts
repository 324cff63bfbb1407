import "server-only";
import { env, type Env } from "@/lib/env";
import { serverSession } from "./auth";
import { stepUpNeeded, type SignInStrength, type StepUpNeed, type StepUpPolicy } from "./step-up";

export const stepUpPolicy = (e: Env = env()): StepUpPolicy => ({
  authContext: e.REVEAL_AUTH_CONTEXT ?? null,
  maxAuthAgeMinutes: e.REVEAL_MAX_AUTH_AGE_MINUTES ?? null,
});

/** What the current sign-in proved (stored from its id token at sign-in), or null when signed out. */
export async function signInStrength(): Promise<SignInStrength | null> {
  const server = (await serverSession())?.server;
  if (!server) return null;
  return { acrs: server.acrs ?? [], authTime: server.authTime ?? null };
}

/** Whether the current sign-in must re-authenticate before a key is shown (null: it may see keys). */
export async function revealStepUp(now = Math.floor(Date.now() / 1000)): Promise<StepUpNeed | null> {
  const policy = stepUpPolicy();
  if (policy.authContext === null && policy.maxAuthAgeMinutes === null) return null;
  return stepUpNeeded((await signInStrength()) ?? { acrs: [], authTime: null }, policy, now);
}

/**
 * What a reveal's audit event says about the sign-in, from the session only: the authentication
 * context IT required (when the sign-in satisfied it) and when the person last authenticated.
 */
export async function stepUpAuditFacts(): Promise<{ authContext?: string; authTime?: string }> {
  const strength = await signInStrength();
  const required = stepUpPolicy().authContext;
  return {
    ...(required && strength?.acrs.includes(required) ? { authContext: required } : {}),
    ...(strength?.authTime ? { authTime: new Date(strength.authTime * 1000).toISOString() } : {}),
  };
}
