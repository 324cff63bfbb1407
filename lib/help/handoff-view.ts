import type { HandoffField, HandoffFields } from "./handoff";

/** Field caps, in a module of their own so the browser's form can use them without the checks. */
export const MAX_LENGTH: Record<HandoffField, number> = { name: 80, email: 120, device: 63, keyId: 45 };

/**
 * What the help-desk form shows, as the server action answers it: the fields (with translated
 * errors) or the finished message. Plain data, so it travels in the action's answer and, without
 * JavaScript, in the page rendered for the form's POST.
 */
export type HandoffView =
  | { kind: "form"; values: HandoffFields; errors: Partial<Record<HandoffField | "form", string>> }
  | { kind: "summary"; values: HandoffFields; body: string; mailto: string | null };

/** The form's text, translated on the server. */
export type HandoffLabels = Record<
  | "errorSummary"
  | "name"
  | "email"
  | "device"
  | "deviceHint"
  | "keyId"
  | "keyIdHint"
  | "submit"
  | "summaryHeading"
  | "copyLabel"
  | "send"
  | "noEmail"
  | "neverKey"
  | "edit",
  string
> & { copy: { copy: string; copied: string; copyFailed: string } };
