import { parseOption, type RecoveryOption } from "./recovery-message";

export type SearchParams = Record<string, string | string[] | undefined>;

/** Far above both limits: long enough to report "too long", short enough to stay harmless. */
const MAX_PARAM_LENGTH = 5000;

function first(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.slice(0, MAX_PARAM_LENGTH);
}

/** The lockout-screen form (GET, so it works without JavaScript); unset fields take the defaults. */
export function parseLockoutParams(
  params: SearchParams,
  defaults: { message: string; url: string },
): { option: RecoveryOption; message: string; url: string } {
  return {
    option: parseOption(first(params.option)),
    message: first(params.message) ?? defaults.message,
    url: first(params.url) ?? defaults.url,
  };
}

/** The suggested message: where to go, what to type, and whom to call. */
export function defaultRecoveryMessage(
  t: (
    key: "it.lockout.default.lead" | "it.lockout.default.phone" | "it.lockout.default.orgPhone",
    vars: Record<string, string>,
  ) => string,
  settings: { address: string; orgName: string | null; phone: string | null },
): string {
  const lead = t("it.lockout.default.lead", { address: settings.address });
  if (!settings.phone) return lead;
  const help = settings.orgName
    ? t("it.lockout.default.orgPhone", { org: settings.orgName, phone: settings.phone })
    : t("it.lockout.default.phone", { phone: settings.phone });
  return `${lead} ${help}`;
}
