import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import de from "@/messages/de/portal.json";
import en from "@/messages/en/portal.json";
import es from "@/messages/es/portal.json";
import fr from "@/messages/fr/portal.json";
import ja from "@/messages/ja/portal.json";
import type { RevealError } from "@/lib/portal/reveal";
import { RevealErrorNotice } from "./reveal-error";
import type { RevealMessageKey } from "./reveal-messages";

const ALL = [
  "forbidden",
  "not-found",
  "throttled",
  "session-expired",
  "unavailable",
  "timeout",
  "bad-response",
  "bad-request",
  "app-credential",
  "invalid-input",
  "rate-limited",
  "notice-required",
  "reason-required",
  "step-up-required",
] as const satisfies readonly RevealError[];
// Fails to compile when the action gains an error this list (and so this test) does not know.
const everyErrorListed: [Exclude<RevealError, (typeof ALL)[number]>] extends [never] ? true : false = true;

/** Errors that are about the person's situation, not Microsoft's service: each needs words of its own. */
const OWN_MESSAGE: RevealError[] = [
  "forbidden",
  "not-found",
  "throttled",
  "session-expired",
  "app-credential",
  "invalid-input",
  "rate-limited",
  "notice-required",
  "reason-required",
  "step-up-required",
];

const CATALOGUES = { en, de, es, fr, ja } as Record<string, Record<string, string>>;
const render = (error: RevealError, catalogue: Record<string, string>) =>
  renderToStaticMarkup(
    createElement(RevealErrorNotice, {
      error,
      t: (key: RevealMessageKey) => catalogue[key] ?? key,
      signInHref: "/signin",
      stepUpHref: "/api/step-up?returnTo=%2Fkeys%2Fx",
    }),
  );
const textOf = (html: string) => /<p[^>]*>(.*?)<\/p>/.exec(html)?.[1] ?? "";

describe("the reveal error notice", () => {
  it("knows every error the reveal action returns", () => {
    expect(everyErrorListed).toBe(true);
    for (const error of ALL) expect(textOf(render(error, en))).not.toBe("");
  });

  it.each(Object.keys(CATALOGUES))("gives each of the person's own situations its own message (%s)", (language) => {
    const catalogue = CATALOGUES[language]!;
    const generic = textOf(render("unavailable", catalogue));
    const texts = OWN_MESSAGE.map((error) => textOf(render(error, catalogue)));
    expect(texts).not.toContain(generic);
    expect(new Set(texts).size).toBe(OWN_MESSAGE.length);
    // A message key left untranslated would render as the key itself.
    for (const text of texts) expect(text).not.toMatch(/^reveal\./);
  });

  it("tells a stale page to reload for IT's notice or reason, not that Microsoft failed", () => {
    expect(textOf(render("notice-required", en))).toContain("notice");
    expect(textOf(render("reason-required", en))).toContain("why you need the key");
    expect(render("session-expired", en)).toContain('href="/signin"');
  });

  it("offers the step-up IT asks for as a plain link back to this key, without script", () => {
    const html = render("step-up-required", en);
    expect(textOf(html)).toContain("confirm it&#x27;s you");
    expect(html).toContain(`href="/api/step-up?returnTo=%2Fkeys%2Fx"`);
    expect(html).toContain("Verify it&#x27;s you");
    expect(render("unavailable", en)).not.toContain("/api/step-up");
  });
});
