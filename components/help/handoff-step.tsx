import type { Answer } from "@/lib/help/decision-path";
import { HandoffForm } from "./handoff-form";

type Props = {
  answers: readonly Answer[];
  user: { name: string | null; upn: string | null } | null;
};

/**
 * The end of the decision path: the help-desk form, then the message, both answered by a server
 * action. Signed-in users are not asked who they are: their name and account come from the session.
 */
export function HandoffStep({ answers, user }: Props) {
  return <HandoffForm path={answers.map((answer) => answer.id).join(",")} user={user} />;
}
