import { z } from "zod";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Booleans take `true` or `false` and nothing else, so a typo cannot switch a console on or off. */
const strictBoolean = z
  .enum(["true", "false"], { error: "must be true or false" })
  .optional()
  .transform((value) => value === "true");

const pipeList = (max: number, maxLength: number) =>
  z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split("|")
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .refine(
      (list) => list.length <= max && list.every((item) => item.length <= maxLength),
      `must be at most ${max} entries of at most ${maxLength} characters, separated by |`,
    );

/** MBAM's help-desk reasons, used when IT lists none. */
export const DEFAULT_HELPDESK_REASONS = [
  "Lost startup key",
  "Forgot PIN",
  "Hardware change",
  "BIOS or firmware update",
  "Operating system change",
  "TPM reset",
  "Lost password or PIN",
  "Other",
];

/**
 * IT's incident text: plain text for every language, or a JSON object of texts by language
 * (`{"en":"…","de":"…"}`), whose `en` entry (or first) stands in for the languages it lacks.
 */
const incidentMessage = z
  .string()
  .max(4000)
  .optional()
  .transform((value, context): Record<string, string> | null => {
    if (value === undefined || value.trim() === "") return null;
    const text = value.trim();
    if (!text.startsWith("{")) return { "*": text };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      context.addIssue({ code: "custom", message: 'must be text or a JSON object like {"en":"…","de":"…"}' });
      return z.NEVER;
    }
    const entries = typeof parsed === "object" && parsed !== null ? Object.entries(parsed) : [];
    const valid = entries.every(([lang, message]) => /^[a-z]{2}$/.test(lang) && typeof message === "string");
    if (entries.length === 0 || !valid) {
      context.addIssue({ code: "custom", message: "must map two-letter language codes to texts" });
      return z.NEVER;
    }
    return Object.fromEntries(entries as [string, string][]);
  });

/** The help-desk console (issue: HELPDESK) and incident mode, spread into lib/env.ts's schema. */
export const helpdeskEnvSchema = {
  /** The console at /helpdesk for staff with a BitLocker-reading directory role; off unless true. */
  HELPDESK: strictBoolean,
  /** Narrows the console to members of this Entra group (besides the role). */
  HELPDESK_GROUP_ID: z
    .string()
    .regex(GUID, "must be a group's object id (GUID)")
    .transform((v) => v.toLowerCase())
    .optional(),
  /** The ticket number an agent must give, as a regular expression matched against the whole entry. */
  HELPDESK_TICKET_PATTERN: z
    .string()
    .max(200)
    .optional()
    .refine((v) => {
      if (v === undefined) return true;
      try {
        new RegExp(v, "u");
        return true;
      } catch {
        return false;
      }
    }, "must be a valid regular expression, e.g. ^INC[0-9]{7}$"),
  HELPDESK_REASONS: pipeList(20, 80).transform((list) => (list.length > 0 ? list : DEFAULT_HELPDESK_REASONS)),
  /** Identity checks the agent ticks before a key is shown, e.g. "Called back on the directory number". */
  HELPDESK_CHECKS: pipeList(8, 160),
  INCIDENT_MESSAGE: incidentMessage,
  /** During an incident: each person's reveal and lookup limits are five times higher. */
  INCIDENT_LIMITS: strictBoolean,
};
