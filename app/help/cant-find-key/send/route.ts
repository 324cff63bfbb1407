import { parseDecisionPath } from "@/lib/help/decision-path";
import { CANT_FIND_KEY_PAGE, helpPath } from "@/lib/help/guides";
import { handoffResultHref } from "@/lib/help/handoff-url";

const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/**
 * Receives the help-desk form by POST, so nothing typed ever lands in a URL, and answers with a
 * redirect that carries only checked values. It changes no state, so it needs no CSRF check, and
 * it works in browsers that send `Origin: null` (as they do under `Referrer-Policy: no-referrer`).
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => new FormData());
  const answers = parseDecisionPath(text(form, "path"));
  const location = handoffResultHref(
    helpPath(CANT_FIND_KEY_PAGE),
    answers.map((answer) => answer.id),
    { name: text(form, "name"), email: text(form, "email"), device: text(form, "device"), keyId: text(form, "keyId") },
  );
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
