import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { getT } from "@/lib/i18n/server";
import { MAX_MESSAGE_LENGTH, MAX_URL_LENGTH, type Problem, type RecoverySetting } from "@/lib/it/recovery-message";
import { ProblemText } from "./recovery-notes";

const PATH = "/it/lockout-screen";

function FieldErrors({ id, problems }: { id: string; problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="text-danger space-y-1 font-semibold">
      {problems.map((p) => (
        <li key={p.code}>
          <ProblemText problem={p} />
        </li>
      ))}
    </ul>
  );
}

type FieldAria = { "aria-invalid": boolean; "aria-describedby": string };

/** A labelled field with its hint, its character count and its problems, all tied to the control for screen readers. */
function CountedField(props: {
  id: string;
  label: string;
  hint: string;
  count: string;
  problems: Problem[];
  control: (aria: FieldAria) => ReactNode;
}) {
  const { id, problems } = props;
  const invalid = problems.length > 0;
  const describedBy = [`${id}-hint`, `${id}-count`, ...(invalid ? [`${id}-errors`] : [])].join(" ");
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-semibold">
        {props.label}
      </label>
      <p id={`${id}-hint`} className="text-muted text-sm">
        {props.hint}
      </p>
      {props.control({ "aria-invalid": invalid, "aria-describedby": describedBy })}
      <p id={`${id}-count`} className="text-muted text-sm">
        {props.count}
      </p>
      <FieldErrors id={`${id}-errors`} problems={problems} />
    </div>
  );
}

/** Message, address and option as a plain GET form: the values below regenerate on submit, without JavaScript. */
export async function LockoutForm({ setting }: { setting: RecoverySetting }) {
  const t = await getT();
  const problemsOf = (field: Problem["field"]) => setting.problems.filter((p) => p.field === field);

  return (
    <form method="get" action={PATH} className="space-y-5">
      <fieldset className="space-y-2">
        <legend className="mb-1 font-semibold">{t("it.lockout.form.option")}</legend>
        {(["message", "url"] as const).map((option) => (
          <label key={option} className="flex min-h-11 items-start gap-3">
            <input
              type="radio"
              name="option"
              value={option}
              defaultChecked={setting.option === option}
              className="accent-accent mt-1 h-5 w-5 shrink-0"
            />
            <span>{t(option === "message" ? "it.lockout.form.optionMessage" : "it.lockout.form.optionUrl")}</span>
          </label>
        ))}
      </fieldset>

      <CountedField
        id="message"
        label={t("it.lockout.form.message")}
        hint={t("it.lockout.form.messageHint", { limit: MAX_MESSAGE_LENGTH })}
        count={t("it.lockout.form.count", { count: setting.counts.message, limit: MAX_MESSAGE_LENGTH })}
        problems={problemsOf("message")}
        control={(aria) => (
          <textarea
            id="message"
            name="message"
            rows={5}
            defaultValue={setting.message}
            {...aria}
            className="border-line bg-surface text-ink aria-[invalid=true]:border-danger w-full rounded-lg border p-3 text-base"
          />
        )}
      />

      <CountedField
        id="url"
        label={t("it.lockout.form.url")}
        hint={t("it.lockout.form.urlHint", { limit: MAX_URL_LENGTH })}
        count={t("it.lockout.form.count", { count: setting.counts.url, limit: MAX_URL_LENGTH })}
        problems={problemsOf("url")}
        control={(aria) => (
          <input
            id="url"
            name="url"
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            defaultValue={setting.url}
            {...aria}
            className="border-line bg-surface text-ink aria-[invalid=true]:border-danger min-h-12 w-full rounded-lg border px-3 text-base"
          />
        )}
      />

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <button type="submit" className="btn-primary">
          {t("it.lockout.form.submit")}
        </button>
        <Link href={PATH} className="link inline-flex min-h-11 items-center">
          {t("it.lockout.form.reset")}
        </Link>
      </div>
      <p className="text-muted text-sm">{t("it.lockout.form.asciiNote")}</p>
    </form>
  );
}
