import { getT } from "@/lib/i18n/server";
import { typeableAddress, type Problem, type RecoverySetting, type Warning } from "@/lib/it/recovery-message";

/** One validation problem of the lockout-screen form, in words. */
export async function ProblemText({ problem }: { problem: Problem }) {
  const t = await getT();
  switch (problem.code) {
    case "empty":
      return t(problem.field === "message" ? "it.lockout.problem.messageEmpty" : "it.lockout.problem.urlEmpty");
    case "invalid":
      return t("it.lockout.problem.urlInvalid");
    case "tooLong":
      return t(problem.field === "message" ? "it.lockout.problem.messageTooLong" : "it.lockout.problem.urlTooLong", {
        length: problem.length,
        limit: problem.limit,
        over: problem.length - problem.limit,
      });
  }
}

async function WarningText({ warning, url }: { warning: Warning; url: string }) {
  const t = await getT();
  switch (warning.code) {
    case "characters":
      return t("it.lockout.warning.characters", {
        field: t(warning.field === "message" ? "it.lockout.field.message" : "it.lockout.field.url"),
        characters: warning.characters
          .map((c) => `“${c}” (U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")})`)
          .join(", "),
      });
    case "noAddress":
      return t("it.lockout.warning.noAddress", { address: typeableAddress(url) });
    case "notHttps":
      return t("it.lockout.warning.notHttps");
  }
}

/** What stops the values from being made (an alert), and what is merely worth a look. */
export async function RecoveryNotes({ setting }: { setting: RecoverySetting }) {
  const t = await getT();
  return (
    <>
      {setting.problems.length > 0 ? (
        <div role="alert" className="card border-danger space-y-2 border-2">
          <p className="text-danger font-bold">{t("it.lockout.problem.heading")}</p>
          <ul className="list-inside list-disc space-y-1">
            {setting.problems.map((p) => (
              <li key={`${p.field}-${p.code}`}>
                <ProblemText problem={p} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {setting.warnings.length > 0 ? (
        <div role="note" className="card border-accent space-y-2 border-2">
          <p className="font-bold">{t("it.lockout.warning.heading")}</p>
          <ul className="list-inside list-disc space-y-1">
            {setting.warnings.map((w) => (
              <li key={`${w.field}-${w.code}`}>
                <WarningText warning={w} url={setting.url} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
