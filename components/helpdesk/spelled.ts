import type { HelpdeskT } from "./labels";

const DIGIT_KEYS = [
  "console.digit.0",
  "console.digit.1",
  "console.digit.2",
  "console.digit.3",
  "console.digit.4",
  "console.digit.5",
  "console.digit.6",
  "console.digit.7",
  "console.digit.8",
  "console.digit.9",
] as const;

/** A block as the agent reads it over the phone: each digit as a word in the agent's language. */
export function spellBlock(block: string, t: HelpdeskT): string[] {
  return Array.from(block).flatMap((digit) => {
    const key = DIGIT_KEYS[Number(digit)];
    return /^\d$/.test(digit) && key ? [t(key)] : [];
  });
}
