import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { DecisionStepView } from "@/components/help/decision-step";
import { HandoffStep } from "@/components/help/handoff-step";
import { currentSession } from "@/lib/auth/auth";
import { decisionHref, parseDecisionPath, parseDecisionStep } from "@/lib/help/decision-path";
import { CANT_FIND_KEY_PAGE, helpPath } from "@/lib/help/guides";
import { helpMetadata } from "@/lib/help/metadata";
import type { SearchParams } from "@/lib/help/steps";
import { getT } from "@/lib/i18n/server";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return helpMetadata(CANT_FIND_KEY_PAGE);
}

export default async function CantFindKeyPage({ searchParams }: Props) {
  const [params, t, session] = await Promise.all([searchParams, getT(), currentSession()]);
  const user = session && !session.error ? { name: session.user.name ?? null, upn: session.user.email ?? null } : null;
  const path = helpPath(CANT_FIND_KEY_PAGE);
  const step = parseDecisionStep(params.step);
  const answers = parseDecisionPath(params.path);

  const content =
    step === "handoff" ? (
      <HandoffStep answers={answers} user={user} />
    ) : (
      <DecisionStepView step={step} answers={answers} upn={user?.upn ?? null} />
    );

  return (
    <article className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">
        {t(step === "handoff" ? "help.handoff.heading" : "help.cantFind.title")}
      </h1>
      {content}
      {answers.length > 0 ? (
        <section aria-labelledby="decision-answers" className="space-y-2">
          <h2 id="decision-answers" className="text-lg font-semibold">
            {t("help.cantFind.yourAnswers")}
          </h2>
          <ol className="list-decimal space-y-1 pl-6" data-testid="decision-answers">
            {answers.map((answer) => (
              <li key={answer.id}>{t(answer.label)}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <nav aria-label={t("help.common.allGuides")} className="border-line flex flex-col gap-1 border-t pt-4">
        {step !== "start" ? (
          <Link className="link inline-flex min-h-11 items-center" href={decisionHref(path, "start", [])}>
            {t("help.cantFind.startOver")}
          </Link>
        ) : null}
        <Link className="link inline-flex min-h-11 items-center" href="/help">
          {t("help.common.allGuides")}
        </Link>
      </nav>
    </article>
  );
}
