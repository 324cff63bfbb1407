"use server";

import type { ReactElement } from "react";
import { currentSession } from "@/lib/auth/auth";
import { parseDecisionPath, triedLines } from "@/lib/help/decision-path";
import { checkHandoff, detailsAsFields, type HandoffFields as Fields } from "@/lib/help/handoff";
import { HandoffFields } from "./handoff-form";
import { HandoffSummary } from "./handoff-summary";

/** The decision path is a list of short ids; anything longer is not one. */
const MAX_PATH_LENGTH = 400;

const text = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * The help-desk form's answer: the fields with their errors, or the finished message. Name and
 * account of a signed-in person come from the session, never from the form.
 */
export async function submitHandoff(_shown: ReactElement, form: FormData): Promise<ReactElement> {
  const fields = form instanceof FormData ? form : new FormData();
  const session = await currentSession();
  const user = session && !session.error ? { name: session.user.name ?? null, upn: session.user.email ?? null } : null;
  const answers = parseDecisionPath(text(fields, "path").slice(0, MAX_PATH_LENGTH));
  const path = answers.map((answer) => answer.id).join(",");
  const input: Fields = {
    name: user?.name ?? text(fields, "name"),
    email: user?.upn ?? text(fields, "email"),
    device: text(fields, "device"),
    keyId: text(fields, "keyId"),
  };
  const check = checkHandoff(input);
  const values = check.ok ? detailsAsFields(check.details) : check.values;
  if (!check.ok || text(fields, "intent") === "edit") {
    return <HandoffFields path={path} values={values} errors={check.ok ? {} : check.errors} user={user} />;
  }
  return <HandoffSummary path={path} details={check.details} tried={triedLines(answers)} />;
}
