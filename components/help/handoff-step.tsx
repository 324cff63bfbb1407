import { triedLines, type Answer } from "@/lib/help/decision-path";
import { checkHandoff } from "@/lib/help/handoff";
import { detailsAsFields, removedFieldErrors } from "@/lib/help/handoff-url";
import { firstParam, type SearchParams } from "@/lib/help/steps";
import { HandoffForm } from "./handoff-form";
import { HandoffSummary } from "./handoff-summary";

type Props = {
  action: string;
  params: SearchParams;
  answers: readonly Answer[];
  user: { name: string | null; upn: string | null } | null;
};

/**
 * The end of the decision path: the form until its fields pass, then the message. Signed-in users
 * are not asked who they are: their name and account come from the session.
 */
export function HandoffStep({ action, params, answers, user }: Props) {
  const path = answers.map((answer) => answer.id).join(",");
  const check = checkHandoff({
    name: user?.name ?? firstParam(params.name),
    email: user?.upn ?? firstParam(params.email),
    device: firstParam(params.device),
    keyId: firstParam(params.keyId),
  });
  const submitted = firstParam(params.submitted) === "1";
  const errors = { ...(check.ok ? {} : check.errors), ...removedFieldErrors(params.removed) };

  if (!submitted || !check.ok || Object.keys(errors).length > 0) {
    const values = check.ok ? detailsAsFields(check.details) : check.values;
    return (
      <HandoffForm action={`${action}/send`} path={path} values={values} errors={submitted ? errors : {}} user={user} />
    );
  }

  const edit = new URLSearchParams({ step: "handoff", path });
  const fields = detailsAsFields(check.details);
  for (const name of user ? (["device", "keyId"] as const) : (["name", "email", "device", "keyId"] as const)) {
    if (fields[name]) edit.set(name, fields[name]);
  }
  return (
    <HandoffSummary details={check.details} tried={triedLines(answers)} editHref={`${action}?${edit.toString()}`} />
  );
}
