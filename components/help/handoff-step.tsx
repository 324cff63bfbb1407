import type { Answer } from "@/lib/help/decision-path";
import { submitHandoff } from "./handoff-action";
import { HandoffFields } from "./handoff-form";
import { HandoffPanel } from "./handoff-panel";

type Props = {
  answers: readonly Answer[];
  user: { name: string | null; upn: string | null } | null;
};

const EMPTY = { name: "", email: "", device: "", keyId: "" };

/**
 * The end of the decision path: the form until its fields pass, then the message, both answered
 * by a server action. Signed-in users are not asked who they are: their name and account come
 * from the session.
 */
export function HandoffStep({ answers, user }: Props) {
  const path = answers.map((answer) => answer.id).join(",");
  return (
    <HandoffPanel
      action={submitHandoff}
      initial={<HandoffFields path={path} values={EMPTY} errors={{}} user={user} />}
    />
  );
}
