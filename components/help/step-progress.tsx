import Link from "@/components/ui/link";
import { stepHref, type GuideContext } from "@/lib/help/steps";
import { getT } from "@/lib/i18n/server";

type Props = { path: string; current: number; titles: readonly string[]; context: GuideContext };

/** "Step 2 of 5" plus one numbered link per step; the current one carries aria-current="step". */
export async function StepProgress({ path, current, titles, context }: Props) {
  const t = await getT();
  return (
    <nav aria-label={t("help.common.stepsNav")} className="space-y-2">
      <p className="text-muted font-semibold" data-testid="step-progress">
        {t("help.common.stepOf", { current, total: titles.length })}
      </p>
      <ol className="flex flex-wrap gap-2">
        {titles.map((title, index) => {
          const number = index + 1;
          const state = number === current ? "current" : number < current ? "done" : "todo";
          return (
            <li key={number}>
              <Link
                href={stepHref(path, number, context)}
                aria-current={state === "current" ? "step" : undefined}
                className={`flex h-11 w-11 items-center justify-center rounded-full border-2 text-base font-bold no-underline ${
                  state === "current"
                    ? "border-accent bg-accent ring-accent ring-offset-canvas text-white ring-2 ring-offset-2 dark:text-black"
                    : state === "done"
                      ? "border-accent bg-surface text-accent"
                      : "border-line bg-surface text-muted"
                }`}
              >
                <span aria-hidden="true">{state === "done" ? "✓" : number}</span>
                <span className="sr-only">{t("help.common.stepLink", { number, title })}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
