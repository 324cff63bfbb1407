import "server-only";
import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import type { HelpPage } from "./guides";
import { parseStepView, type SearchParams } from "./steps";

/** "Type the 48 digits (step 3 of 6) – Unlock at the blue recovery screen": the title names the step. */
export async function helpMetadata(page: HelpPage, params: SearchParams = {}): Promise<Metadata> {
  const t = await getT();
  const guide = t(page.title);
  const steps = page.steps ?? [];
  const view = parseStepView(params.step, steps.length);
  const stepKey = view.mode === "one" ? steps[view.step - 1] : undefined;
  if (view.mode === "all" || !stepKey) return { title: guide };
  const step = t("help.common.metaStep", { title: t(stepKey), current: view.step, total: steps.length });
  return { title: t("help.common.metaTitle", { step, guide }) };
}
