import { isGuid } from "@/lib/recovery-key/key-id";
import { parseDriveInput } from "./commands";

export type SearchParams = Record<string, string | string[] | undefined>;

/** One step at a time (1-based), or every step on one page. */
export type StepView = { mode: "one"; step: number } | { mode: "all" };

export const ALL_STEPS = "all";

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `?step=` as typed by anyone: out of range or garbage shows the first step. */
export function parseStepView(raw: string | string[] | undefined, stepCount: number): StepView {
  const value = firstParam(raw)?.trim();
  if (value === ALL_STEPS) return { mode: "all" };
  const step = value && /^\d{1,3}$/.test(value) ? Number(value) : 1;
  return { mode: "one", step: step >= 1 && step <= stepCount ? step : 1 };
}

/** Parameters a guide carries from step to step: where the user came from and their drive letter. */
export type GuideContext = { keyId: string | null; drive: string | null };

export function parseGuideContext(params: SearchParams): GuideContext {
  const keyId = firstParam(params.keyId)?.trim() ?? "";
  return {
    keyId: isGuid(keyId) ? keyId.toLowerCase() : null,
    drive: parseDriveInput(firstParam(params.drive)),
  };
}

/** A link to one step (or all) of a guide that keeps the context; `drive` is stored as a bare letter. */
export function stepHref(path: string, step: number | typeof ALL_STEPS, context: GuideContext): string {
  const query = new URLSearchParams({ step: String(step) });
  if (context.keyId) query.set("keyId", context.keyId);
  if (context.drive) query.set("drive", context.drive.slice(0, 1));
  return `${path}?${query.toString()}`;
}

/** Where "Back to your key" goes; null unless the Key ID is a well-formed GUID. */
export function keyPageHref(context: GuideContext): string | null {
  return context.keyId ? `/keys/${context.keyId}` : null;
}

/**
 * Hidden fields of a guide's no-JavaScript drive-letter form: submitting it comes back to the
 * step with the commands (or the all-steps view) and keeps the link back to the key.
 */
export function driveFormFields(view: StepView, commandStep: number, { keyId }: GuideContext): Record<string, string> {
  return { step: view.mode === "all" ? ALL_STEPS : String(commandStep), ...(keyId ? { keyId } : {}) };
}
