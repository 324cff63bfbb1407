import { describe, expect, it } from "vitest";
import {
  ANSWERS,
  answerHref,
  DECISION_STEPS,
  decisionHref,
  parseDecisionPath,
  parseDecisionStep,
  triedLines,
} from "./decision-path";

describe("the decision path", () => {
  it("reads the step, falling back to the first question", () => {
    expect(parseDecisionStep("copies")).toBe("copies");
    expect(parseDecisionStep("nope")).toBe("start");
    expect(parseDecisionStep(undefined)).toBe("start");
  });

  it("keeps known answers in order, once each", () => {
    const answers = parseDecisionPath("work,bogus,work-not-listed,work,no-copy");
    expect(answers.map((answer) => answer.id)).toEqual(["work", "work-not-listed", "no-copy"]);
  });

  it("appends each answer to the path in the link to the next question", () => {
    const [work] = ANSWERS.start;
    expect(work).toBeDefined();
    if (!work) return;
    expect(answerHref("/help/cant-find-key", work, [])).toBe("/help/cant-find-key?step=work&path=work");
    const previous = parseDecisionPath("work");
    const notListed = ANSWERS.work.find((answer) => answer.id === "work-not-listed");
    if (!notListed) throw new Error("missing answer");
    expect(answerHref("/help/cant-find-key", notListed, previous)).toBe(
      "/help/cant-find-key?step=not-registered&path=work%2Cwork-not-listed",
    );
    expect(decisionHref("/x", "start", [])).toBe("/x?step=start");
  });

  it("lets every question be reached and always ends at the handoff", () => {
    const reachable = new Set<string>(["start"]);
    for (const answers of Object.values(ANSWERS)) for (const answer of answers) reachable.add(answer.next);
    expect([...reachable].sort()).toEqual([...DECISION_STEPS].sort());
  });

  it("turns the answers into the lines the help desk reads", () => {
    expect(triedLines(parseDecisionPath("work,work-not-listed,look-for-copy,no-copy,prepare"))).toEqual([
      "help.handoff.tried.work",
      "help.handoff.tried.workNotListed",
      "help.handoff.tried.noCopy",
    ]);
  });
});
