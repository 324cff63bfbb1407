import type { MessageKey } from "@/lib/i18n/catalogue";
import { checkHandoff, type HandoffDetails, type HandoffField, type HandoffFields } from "./handoff";
import { firstParam } from "./steps";

/**
 * The handoff form is posted (so nothing typed ever lands in a URL) and answered with a redirect
 * whose query holds only checked values, plus `removed=` for fields whose key digits were dropped.
 */
const FIELDS = ["name", "email", "device", "keyId"] as const satisfies readonly HandoffField[];
const KEY_MATERIAL_ERRORS = new Set<MessageKey>([
  "help.handoff.error.keyMaterial",
  "help.handoff.error.keyIdKeyMaterial",
]);

export const detailsAsFields = (details: HandoffDetails): HandoffFields => ({
  name: details.name ?? "",
  email: details.email ?? "",
  device: details.device ?? "",
  keyId: details.keyId ?? "",
});

export function handoffResultHref(action: string, answerIds: readonly string[], input: Partial<HandoffFields>): string {
  const check = checkHandoff(input);
  const values = check.ok ? detailsAsFields(check.details) : check.values;
  const query = new URLSearchParams({ step: "handoff" });
  if (answerIds.length > 0) query.set("path", answerIds.join(","));
  query.set("submitted", "1");
  for (const field of FIELDS) if (values[field]) query.set(field, values[field]);
  const removed = check.ok
    ? []
    : FIELDS.filter((field) => KEY_MATERIAL_ERRORS.has(check.errors[field] ?? "help.handoff.notGiven"));
  if (removed.length > 0) query.set("removed", removed.join(","));
  return `${action}?${query.toString()}`;
}

/** The "that looked like a recovery key" errors to show again after the redirect. */
export function removedFieldErrors(raw: string | string[] | undefined): Partial<Record<HandoffField, MessageKey>> {
  const errors: Partial<Record<HandoffField, MessageKey>> = {};
  for (const field of (firstParam(raw) ?? "").split(",")) {
    if (field === "keyId") errors.keyId = "help.handoff.error.keyIdKeyMaterial";
    else if (field === "name" || field === "email" || field === "device")
      errors[field] = "help.handoff.error.keyMaterial";
  }
  return errors;
}
