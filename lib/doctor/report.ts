import type { CheckResult, CheckStatus } from "./types";

const SYMBOLS: Record<CheckStatus, string> = { ok: "✔", error: "✖", warn: "!", skip: "–" };

/** One line per check, with the fix indented below anything that is not fine. */
export function formatReport(results: readonly CheckResult[]): string {
  const lines = results.flatMap((r) => [
    `${SYMBOLS[r.status]} ${r.message}`,
    ...(r.fix && (r.status === "error" || r.status === "warn") ? [`    fix: ${r.fix}`] : []),
  ]);
  const errors = results.filter((r) => r.status === "error").length;
  const warnings = results.filter((r) => r.status === "warn").length;
  const summary =
    errors > 0
      ? `${errors} problem${errors === 1 ? "" : "s"} to fix${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}.`
      : warnings > 0
        ? `No problems; ${warnings} warning${warnings === 1 ? "" : "s"} worth a look.`
        : "Everything checks out.";
  return [...lines, "", summary].join("\n");
}
