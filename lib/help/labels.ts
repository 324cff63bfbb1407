import type { MessageKey, Vars } from "@/lib/i18n/catalogue";

type Translate = (key: MessageKey, vars?: Vars) => string;

/** Strings the client leaves of the help pages need, looked up on the server and passed as props. */
export function copyLabels(t: Translate) {
  return { copy: t("help.common.copy"), copied: t("help.common.copied"), copyFailed: t("help.common.copyFailed") };
}

export function driveCommandLabels(t: Translate) {
  return {
    ...copyLabels(t),
    drive: t("help.common.driveLabel"),
    driveHint: t("help.common.driveHint"),
    driveInvalid: t("help.common.driveInvalid"),
    update: t("help.common.driveUpdate"),
    cmd: t("help.common.cmd"),
    powershell: t("help.common.powershell"),
    winre: t("help.common.winreCmd"),
    findDriveWinre: t("help.common.findDriveWinre"),
    driveHintWinre: t("help.common.driveHintWinre"),
    driveNeeded: t("help.common.driveNeeded"),
  };
}
