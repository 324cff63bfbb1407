import type { MessageKey } from "@/lib/i18n/catalogue";
import { firstParam } from "./steps";

/**
 * "I can't find my key" as a chain of plain links: each answer is `?step=<next>&path=<answers>`,
 * so the path works without JavaScript and the help-desk message can say what was tried.
 */
export const DECISION_STEPS = [
  "start",
  "personal",
  "work",
  "other-account",
  "not-registered",
  "copies",
  "help-desk",
  "handoff",
] as const;
export type DecisionStep = (typeof DECISION_STEPS)[number];

export type Answer = {
  id: string;
  label: MessageKey;
  next: DecisionStep;
  /** The line this answer adds to the help-desk message; null when it says nothing new. */
  tried: MessageKey | null;
};

export const ANSWERS: Record<Exclude<DecisionStep, "handoff">, readonly Answer[]> = {
  start: [
    { id: "work", label: "help.cantFind.answer.work", next: "work", tried: "help.handoff.tried.work" },
    { id: "personal", label: "help.cantFind.answer.personal", next: "personal", tried: "help.handoff.tried.personal" },
    { id: "unsure", label: "help.cantFind.answer.unsure", next: "work", tried: "help.handoff.tried.unsure" },
  ],
  personal: [
    {
      id: "personal-not-found",
      label: "help.cantFind.answer.personalNotFound",
      next: "copies",
      tried: "help.handoff.tried.personalNotFound",
    },
  ],
  work: [
    {
      id: "work-not-listed",
      label: "help.cantFind.answer.workNotListed",
      next: "not-registered",
      tried: "help.handoff.tried.workNotListed",
    },
    {
      id: "other-account",
      label: "help.cantFind.answer.otherAccount",
      next: "other-account",
      tried: "help.handoff.tried.otherAccount",
    },
  ],
  "other-account": [
    {
      id: "other-not-found",
      label: "help.cantFind.answer.otherNotFound",
      next: "not-registered",
      tried: "help.handoff.tried.otherNotFound",
    },
  ],
  "not-registered": [{ id: "look-for-copy", label: "help.cantFind.answer.lookForCopy", next: "copies", tried: null }],
  copies: [
    { id: "no-copy", label: "help.cantFind.answer.noCopy", next: "help-desk", tried: "help.handoff.tried.noCopy" },
  ],
  "help-desk": [{ id: "prepare", label: "help.cantFind.answer.prepare", next: "handoff", tried: null }],
};

const ANSWER_BY_ID = new Map(
  Object.values(ANSWERS).flatMap((answers) => answers.map((answer) => [answer.id, answer] as const)),
);
const MAX_PATH_LENGTH = 12;

export function parseDecisionStep(raw: string | string[] | undefined): DecisionStep {
  const value = firstParam(raw);
  return DECISION_STEPS.find((step) => step === value) ?? "start";
}

/** The answers given so far, as typed into the URL: unknown ids and repeats are dropped. */
export function parseDecisionPath(raw: string | string[] | undefined): Answer[] {
  const ids = (firstParam(raw) ?? "").split(",").slice(0, MAX_PATH_LENGTH);
  const seen = new Set<string>();
  const answers: Answer[] = [];
  for (const id of ids) {
    const answer = ANSWER_BY_ID.get(id);
    if (answer && !seen.has(id)) {
      seen.add(id);
      answers.push(answer);
    }
  }
  return answers;
}

export function decisionHref(path: string, step: DecisionStep, answers: readonly Pick<Answer, "id">[]): string {
  const query = new URLSearchParams({ step });
  if (answers.length > 0) query.set("path", answers.map((answer) => answer.id).join(","));
  return `${path}?${query.toString()}`;
}

/** The link an answer button points to: the next step, with this answer appended to the path. */
export function answerHref(path: string, answer: Answer, previous: readonly Answer[]): string {
  return decisionHref(path, answer.next, [...previous.filter((p) => p.id !== answer.id), answer]);
}

/** What the help desk reads under "What I tried", in the order the user answered. */
export function triedLines(answers: readonly Answer[]): MessageKey[] {
  return answers.flatMap((answer) => (answer.tried ? [answer.tried] : []));
}
