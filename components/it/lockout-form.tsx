import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { MAX_MESSAGE_LENGTH, MAX_URL_LENGTH, type Problem, type RecoverySetting } from "@/lib/it/recovery-message";
import { ProblemText } from "./recovery-notes";

const PATH = "/it/lockout-screen";

function FieldErrors({ id, problems }: { id: string; problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="space-y-1 font-semibold text-danger">
      {problems.map((p) => (
        <li key={p.code}>
          <ProblemText problem={p} />
        </li>
      ))}
    </ul>
  );
}

/** Message, address and option as a plain GET form: the values below regenerate on submit, without JavaScript. */
export async function LockoutForm({ setting }: { setting: RecoverySetting }) {
  const t = await getT();
  const messageProblems = setting.problems.filter((p) => p.field === "message");
  const urlProblems = setting.problems.filter((p) => p.field === "url");
  const describe = (...ids: (string | false)[]) => ids.filter(Boolean).join(" ");

  return (
    <form method="get" action={PATH} className="space-y-5">
      <fieldset className="space-y-2">
        <legend className="mb-1 font-semibold">{t("it.lockout.form.option")}</legend>
        {(["message", "url"] as const).map((option) => (
          <label key={option} className="flex min-h-11 items-start gap-3">
            <input type="radio" name="option" value={option} defaultChecked={setting.option === option} className="mt-1 h-5 w-5 shrink-0 accent-accent" />
            <span>{t(option === "message" ? "it.lockout.form.optionMessage" : "it.lockout.form.optionUrl")}</span>
          </label>
        ))}
      </fieldset>

      <div className="space-y-2">
        <label htmlFor="message" className="block font-semibold">
          {t("it.lockout.form.message")}
        </label>
        <p id="message-hint" className="text-sm text-muted">
          {t("it.lockout.form.messageHint", { limit: MAX_MESSAGE_LENGTH })}
        </p>
        <textarea
          id="message"
          name="message"
          rows={5}
          defaultValue={setting.message}
          aria-invalid={messageProblems.length > 0}
          aria-describedby={describe("message-hint", "message-count", messageProblems.length > 0 && "message-errors")}
          className="w-full rounded-lg border border-line bg-surface p-3 text-base text-ink aria-[invalid=true]:border-danger"
        />
        <p id="message-count" className="text-sm text-muted">
          {t("it.lockout.form.count", { count: setting.counts.message, limit: MAX_MESSAGE_LENGTH })}
        </p>
        <FieldErrors id="message-errors" problems={messageProblems} />
      </div>

      <div className="space-y-2">
        <label htmlFor="url" className="block font-semibold">
          {t("it.lockout.form.url")}
        </label>
        <p id="url-hint" className="text-sm text-muted">
          {t("it.lockout.form.urlHint", { limit: MAX_URL_LENGTH })}
        </p>
        <input
          id="url"
          name="url"
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          defaultValue={setting.url}
          aria-invalid={urlProblems.length > 0}
          aria-describedby={describe("url-hint", "url-count", urlProblems.length > 0 && "url-errors")}
          className="min-h-12 w-full rounded-lg border border-line bg-surface px-3 text-base text-ink aria-[invalid=true]:border-danger"
        />
        <p id="url-count" className="text-sm text-muted">
          {t("it.lockout.form.count", { count: setting.counts.url, limit: MAX_URL_LENGTH })}
        </p>
        <FieldErrors id="url-errors" problems={urlProblems} />
      </div>

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <button type="submit" className="btn-primary">
          {t("it.lockout.form.submit")}
        </button>
        <Link href={PATH} className="link inline-flex min-h-11 items-center">
          {t("it.lockout.form.reset")}
        </Link>
      </div>
    </form>
  );
}
