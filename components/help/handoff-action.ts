"use server";

import { currentSession } from "@/lib/auth/auth";
import { parseDecisionPath, triedLines } from "@/lib/help/decision-path";
import {
  buildHandoffMessage,
  checkHandoff,
  detailsAsFields,
  formatHandoffTime,
  mailtoHref,
  MAX_LENGTH,
  type HandoffField,
} from "@/lib/help/handoff";
import type { HandoffView } from "@/lib/help/handoff-view";
import { getLocale, getT } from "@/lib/i18n/server";
import { getHelpdesk } from "@/lib/settings/helpdesk";

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
export async function submitHandoff(_shown: HandoffView, form: unknown): Promise<HandoffView> {
  const fields = form instanceof FormData ? form : new FormData();
  const [t, locale, session] = await Promise.all([getT(), getLocale(), currentSession()]);
  const user = session && !session.error ? session.user : null;
  const answers = parseDecisionPath(text(fields, "path").slice(0, MAX_PATH_LENGTH));
  const check = checkHandoff({
    name: user ? (user.name ?? "") : text(fields, "name"),
    email: user ? (user.email ?? "") : text(fields, "email"),
    device: text(fields, "device"),
    keyId: text(fields, "keyId"),
  });
  if (!check.ok) {
    const errors: Partial<Record<HandoffField | "form", string>> = {};
    for (const [field, key] of Object.entries(check.errors) as [HandoffField | "form", typeof check.errors.form][])
      if (key) errors[field] = t(key, { max: field === "form" ? 0 : MAX_LENGTH[field] });
    return { kind: "form", values: check.values, errors };
  }
  const values = detailsAsFields(check.details);
  if (text(fields, "intent") === "edit") return { kind: "form", values, errors: {} };
  const message = buildHandoffMessage(check.details, triedLines(answers), formatHandoffTime(new Date(), locale), t);
  const { email } = getHelpdesk();
  return { kind: "summary", values, body: message.body, mailto: email ? mailtoHref(email, message) : null };
}
