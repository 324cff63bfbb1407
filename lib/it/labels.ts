import type { MessageKey, Vars } from "@/lib/i18n/catalogue";

type Translate = (key: MessageKey, vars?: Vars) => string;

/** Labels for the copy button of components/help/command-block.tsx, from the IT catalogue. */
export function copyLabels(t: Translate) {
  return { copy: t("it.common.copy"), copied: t("it.common.copied"), copyFailed: t("it.common.copyFailed") };
}
