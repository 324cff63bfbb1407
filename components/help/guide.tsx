import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import type { HelpPage } from "@/lib/help/guides";
import { ALL_STEPS, keyPageHref, stepHref, type GuideContext, type StepView } from "@/lib/help/steps";
import { getT } from "@/lib/i18n/server";
import { StepFocus } from "./step-focus";
import { StepProgress } from "./step-progress";

type Props = {
  page: HelpPage & { steps: readonly HelpPage["title"][] };
  view: StepView;
  context: GuideContext;
  /** Shown above the steps on every step, e.g. a warning that applies to the whole guide. */
  lead?: ReactNode;
  /** The body of each step, in the order of `page.steps`. */
  steps: readonly ReactNode[];
};

const HEADING_ID = "guide-step-heading";

/**
 * A guide as short steps, one per page (`?step=N`, so it works without JavaScript), or all on one
 * page (`?step=all`). Each step is a section headed by an h2; the heading takes focus after a
 * step change so screen readers start reading the new step.
 */
export async function Guide({ page, view, context, lead, steps }: Props) {
  const t = await getT();
  const path = `/help/${page.slug}`;
  const titles = page.steps.map((key) => t(key));
  const total = titles.length;
  const backHref = keyPageHref(context);

  return (
    <article className="space-y-6">
      {backHref ? (
        <Link
          href={backHref}
          className="link inline-flex min-h-11 items-center gap-1 font-semibold"
          data-back-to-key=""
        >
          <span aria-hidden="true">←</span> {t("help.common.backToKey")}
        </Link>
      ) : null}
      <h1 id="guide-title" className="text-2xl font-bold sm:text-3xl">
        {t(page.title)}
      </h1>
      {lead}
      {view.mode === "one" ? (
        <>
          <StepProgress path={path} current={view.step} titles={titles} context={context} />
          <section aria-labelledby={HEADING_ID} className="card space-y-4">
            <h2 id={HEADING_ID} tabIndex={-1} className="text-xl font-bold focus:outline-none sm:text-2xl">
              {titles[view.step - 1]}
            </h2>
            {steps[view.step - 1]}
          </section>
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-between">
            {view.step > 1 ? (
              <Link href={stepHref(path, view.step - 1, context)} className="btn-secondary">
                <span aria-hidden="true">←</span> {t("help.common.previous")}
              </Link>
            ) : (
              <span className="hidden sm:block" />
            )}
            {view.step < total ? (
              <Link href={stepHref(path, view.step + 1, context)} className="btn-primary">
                {t("help.common.next")} <span aria-hidden="true">→</span>
              </Link>
            ) : (
              <p className="self-center font-semibold">{t("help.common.lastStep")}</p>
            )}
          </div>
          <StepFocus step={view.step} targetId={HEADING_ID} />
        </>
      ) : (
        steps.map((content, index) => (
          <section key={page.steps[index]} aria-labelledby={`guide-step-${index + 1}`} className="card space-y-4">
            <h2 id={`guide-step-${index + 1}`} className="text-xl font-bold sm:text-2xl">
              {t("help.common.stepLink", { number: index + 1, title: titles[index] ?? "" })}
            </h2>
            {content}
          </section>
        ))
      )}
      <nav aria-label={t("help.common.allGuides")} className="border-line flex flex-col gap-1 border-t pt-4">
        <Link
          href={stepHref(path, view.mode === "all" ? 1 : ALL_STEPS, context)}
          className="link inline-flex min-h-11 items-center"
        >
          {t(view.mode === "all" ? "help.common.showOne" : "help.common.showAll")}
        </Link>
        <Link href="/help" className="link inline-flex min-h-11 items-center">
          {t("help.common.allGuides")}
        </Link>
      </nav>
    </article>
  );
}
