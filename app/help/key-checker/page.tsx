import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Callout } from "@/components/help/callout";
import { KeyChecker, type KeyCheckerLabels } from "@/components/help/key-checker";
import { helpPath, KEY_CHECKER_PAGE, UNLOCK_SCREEN_GUIDE } from "@/lib/help/guides";
import { helpMetadata } from "@/lib/help/metadata";
import { BLOCK_COUNT, BLOCK_LENGTH } from "@/lib/recovery-key/password";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return helpMetadata(KEY_CHECKER_PAGE);
}

const counts = (max: number) => Array.from({ length: max + 1 }, (_, count) => count);

export default async function KeyCheckerPage() {
  const t = await getT();
  const labels: KeyCheckerLabels = {
    label: t("help.checker.label"),
    hint: t("help.checker.hint"),
    blocksLabel: t("help.checker.blocksLabel"),
    blocks: {
      names: counts(BLOCK_COUNT - 1).map((index) => t("help.checker.block", { number: index + 1 })),
      digitsTyped: counts(BLOCK_LENGTH).map((count) => t("help.checker.digitsTyped", { count })),
      status: {
        valid: t("help.checker.status.valid"),
        invalid: t("help.checker.status.invalid"),
        incomplete: t("help.checker.status.incomplete"),
        repaired: t("help.checker.status.repaired"),
        ambiguous: t("help.checker.status.ambiguous"),
        unrepairable: t("help.checker.status.unrepairable"),
      },
      detail: {
        invalid: t("help.checker.detail.invalid"),
        repaired: t("help.checker.detail.repaired"),
        ambiguous: t("help.checker.detail.ambiguous"),
        unrepairable: t("help.checker.detail.unrepairable"),
      },
    },
    summary: {
      empty: t("help.checker.summary.empty"),
      progress: counts(BLOCK_COUNT).map((count) => t("help.checker.summary.progress", { count })),
      problems: counts(BLOCK_COUNT).map((count) => t("help.checker.summary.problems", { count })),
      allValid: t("help.checker.summary.allValid"),
      repaired: t("help.checker.summary.repaired"),
    },
    result: t("help.checker.result"),
    tooLong: t("help.checker.tooLong"),
    invalidCharacters: t("help.checker.invalidCharacters"),
    validNote: t("help.checker.validNote"),
  };

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("help.checker.heading")}</h1>
        <p className="text-lg">{t("help.checker.lead")}</p>
      </div>
      <Callout tone="tip" title={t("help.common.tip")}>
        <p>{t("help.checker.private")}</p>
      </Callout>
      <noscript>
        <p className="card border-danger font-semibold">{t("help.checker.noscript")}</p>
      </noscript>
      <KeyChecker labels={labels} />
      <nav aria-label={t("help.common.allGuides")} className="border-line flex flex-col gap-1 border-t pt-4">
        <Link className="link inline-flex min-h-11 items-center" href={helpPath(UNLOCK_SCREEN_GUIDE)}>
          {t("help.unlockScreen.title")}
        </Link>
        <Link className="link inline-flex min-h-11 items-center" href="/help">
          {t("help.common.allGuides")}
        </Link>
      </nav>
    </div>
  );
}
