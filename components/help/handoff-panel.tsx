"use client";

import { useActionState, type ReactElement } from "react";

type Props = {
  /** Checks the fields and answers with what to show next: the fields again, or the message. */
  action: (shown: ReactElement, form: FormData) => Promise<ReactElement>;
  /** The empty fields, rendered on the server. */
  initial: ReactElement;
};

/**
 * The help-desk form posts to a server action and shows what it answers in place: nothing typed
 * ever appears in a URL (history, access logs, Referer). Without JavaScript the browser posts
 * the form to this page and the answer is rendered into the response.
 */
export function HandoffPanel({ action, initial }: Props) {
  const [shown, formAction] = useActionState(action, initial);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {shown}
    </form>
  );
}
