import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { ANSWERS, answerHref, type Answer, type DecisionStep } from "@/lib/help/decision-path";
import { CANT_FIND_KEY_PAGE, helpPath, KEY_CHECKER_PAGE } from "@/lib/help/guides";
import type { MessageKey } from "@/lib/i18n/catalogue";
import { getT, type Translate } from "@/lib/i18n/server";
import { PERSONAL_RECOVERY_URL } from "@/lib/links";
import { Callout } from "./callout";
import { HelpdeskContact } from "@/components/feedback/helpdesk-contact";
import { StepFocus } from "./step-focus";

type QuestionStep = Exclude<DecisionStep, "handoff">;
type Props = { step: QuestionStep; answers: readonly Answer[]; upn: string | null };

const QUESTIONS: Record<QuestionStep, MessageKey> = {
  start: "help.cantFind.start.question",
  personal: "help.cantFind.personal.question",
  work: "help.cantFind.work.question",
  "other-account": "help.cantFind.other.question",
  "not-registered": "help.cantFind.notRegistered.question",
  copies: "help.cantFind.copies.question",
  "help-desk": "help.cantFind.helpDesk.question",
};

function body(step: QuestionStep, t: Translate, upn: string | null): ReactNode {
  switch (step) {
    case "start":
      return <p>{t("help.cantFind.start.hint")}</p>;
    case "personal":
      return (
        <>
          <p>{t("help.cantFind.personal.p1")}</p>
          <a className="btn-primary w-full sm:w-auto" href={PERSONAL_RECOVERY_URL} rel="noreferrer">
            {t("help.cantFind.personal.link")}
          </a>
          <p className="text-muted text-sm">{t("help.cantFind.personal.short")}</p>
        </>
      );
    case "work":
      return (
        <>
          <p>{t("help.cantFind.work.p1")}</p>
          <Link className="btn-primary w-full sm:w-auto" href="/">
            {t(upn ? "help.cantFind.work.lookUp" : "help.cantFind.work.signIn")}
          </Link>
        </>
      );
    case "other-account":
      return (
        <>
          <p>{t("help.cantFind.other.p1")}</p>
          {upn ? <p className="font-semibold">{t("help.cantFind.other.signedInAs", { upn })}</p> : null}
        </>
      );
    case "not-registered":
      return (
        <>
          <p>{t("help.cantFind.notRegistered.p1")}</p>
          <p>{t("help.cantFind.notRegistered.p2")}</p>
        </>
      );
    case "copies":
      return (
        <>
          <p>{t("help.cantFind.copies.p1")}</p>
          <ul className="list-disc space-y-1 pl-5">
            <li>{t("help.cantFind.copies.l1")}</li>
            <li>{t("help.cantFind.copies.l2")}</li>
            <li>{t("help.cantFind.copies.l3")}</li>
          </ul>
          <Callout tone="tip" title={t("help.common.tip")}>
            <p>{t("help.cantFind.copies.hint")}</p>
          </Callout>
          <p>
            {t("help.cantFind.copies.found")}{" "}
            <Link className="link" href={helpPath(KEY_CHECKER_PAGE)}>
              {t("help.cantFind.copies.checker")}
            </Link>
          </p>
        </>
      );
    case "help-desk":
      return (
        <>
          <p>{t("help.cantFind.helpDesk.p1")}</p>
          <HelpdeskContact headingLevel={3} />
        </>
      );
  }
}

/** One question of the decision path; every answer is a plain link to the next question. */
export async function DecisionStepView({ step, answers, upn }: Props) {
  const t = await getT();
  const path = helpPath(CANT_FIND_KEY_PAGE);
  return (
    <section aria-labelledby="decision-question" className="card space-y-4">
      <h2 id="decision-question" tabIndex={-1} className="text-xl font-bold focus:outline-none sm:text-2xl">
        {t(QUESTIONS[step])}
      </h2>
      {body(step, t, upn)}
      <ul className="space-y-3">
        {ANSWERS[step].map((answer) => (
          <li key={answer.id}>
            <Link
              href={answerHref(path, answer, answers)}
              className={`${answer.next === "handoff" ? "btn-primary" : "btn-secondary"} w-full justify-between text-left`}
            >
              {t(answer.label)} <span aria-hidden="true">→</span>
            </Link>
          </li>
        ))}
      </ul>
      <StepFocus step={step} targetId="decision-question" />
    </section>
  );
}
