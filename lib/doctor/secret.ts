import { error, ok, skip, value, warn, type CheckResult, type Source } from "./types";

const PLACEHOLDERS = /changeme|change-me|secret|password|example|keydesk|placeholder|xxxxx|12345|abcde/i;

/**
 * A rough strength estimate in bits: length × bits per character, where a character is worth at
 * most log2 of the alphabet it comes from and, for repetitive text, little more than the
 * observed (Shannon) entropy of the string.
 */
export function estimateBits(secret: string): number {
  const pool = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].reduce(
    (sum, re, i) => sum + (re.test(secret) ? ([26, 26, 10, 32][i] ?? 0) : 0),
    0,
  );
  const counts = [...secret].reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>());
  const observed = [...counts.values()].reduce((h, n) => h - (n / secret.length) * Math.log2(n / secret.length), 0);
  return Math.round(secret.length * Math.min(Math.log2(Math.max(pool, 2)), observed + 1));
}

/** True when the text is one shorter piece repeated, e.g. "abc123abc123…". */
export function isRepeated(text: string): boolean {
  for (let period = 1; period <= text.length / 2; period++) {
    if ([...text].every((c, i) => c === text[i % period])) return true;
  }
  return false;
}

/** The session cookie is encrypted with AUTH_SECRET: it must be long, random and not reused. */
export function checkAuthSecret(source: Source): CheckResult {
  const id = "auth-secret";
  const secret = value(source, "AUTH_SECRET");
  const fix = "Generate a new one with `openssl rand -base64 33`; changing it signs everyone out.";
  if (!secret) return skip(id, "AUTH_SECRET strength not checked: it is not set.");
  if (secret === value(source, "AUTH_MICROSOFT_ENTRA_ID_SECRET"))
    return error(id, "AUTH_SECRET is the same as the client secret.", fix);
  if (new Set(secret).size < 8 || isRepeated(secret) || PLACEHOLDERS.test(secret))
    return error(id, "AUTH_SECRET looks like a placeholder or a repeated pattern, not a random value.", fix);
  const bits = estimateBits(secret);
  if (bits < 128) return warn(id, `AUTH_SECRET looks weak (about ${bits} bits).`, fix);
  return ok(id, `AUTH_SECRET looks random (about ${bits} bits; value not shown).`);
}
