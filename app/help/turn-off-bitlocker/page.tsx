import type { Metadata } from "next";
import { Callout } from "@/components/help/callout";
import { CommandBlock } from "@/components/help/command-block";
import { DriveCommands } from "@/components/help/drive-commands";
import { Guide } from "@/components/help/guide";
import { MenuPath } from "@/components/help/menu-path";
import { DEFAULT_OS_DRIVE, resumeCommands, statusCommand, suspendCommands } from "@/lib/help/commands";
import { TURN_OFF_GUIDE } from "@/lib/help/guides";
import { copyLabels, driveCommandLabels } from "@/lib/help/labels";
import { helpMetadata } from "@/lib/help/metadata";
import { driveFormFields, parseGuideContext, parseStepView, type SearchParams } from "@/lib/help/steps";
import { getT } from "@/lib/i18n/server";

type Props = { searchParams: Promise<SearchParams> };

const COMMAND_STEP = 4;
/**
 * Until resumed: a firmware update may restart the PC several times, and a count that runs out
 * mid-update ends in the recovery screen. The guide says how to use a count instead.
 */
const FIRMWARE_REBOOT_COUNT = 0;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return helpMetadata(TURN_OFF_GUIDE, await searchParams);
}

export default async function TurnOffBitLockerPage({ searchParams }: Props) {
  const [params, t] = await Promise.all([searchParams, getT()]);
  const view = parseStepView(params.step, TURN_OFF_GUIDE.steps.length);
  const context = parseGuideContext(params);
  const drive = context.drive ?? DEFAULT_OS_DRIVE;
  const copy = copyLabels(t);
  const suspend = suspendCommands({ drive, rebootCount: FIRMWARE_REBOOT_COUNT });
  const resume = resumeCommands({ drive });
  const formFields = driveFormFields(view, COMMAND_STEP, context);

  const steps = [
    <>
      <p>{t("help.turnOff.s1.p1")}</p>
      <p>{t("help.turnOff.s1.p2")}</p>
      <CommandBlock label={t("help.common.cmd")} text={suspend.cmd} labels={copy} />
      <CommandBlock label={t("help.common.powershell")} text={suspend.powershell} labels={copy} />
      <Callout tone="warning" title={t("help.common.warning")}>
        <p>{t("help.turnOff.s1.warning")}</p>
      </Callout>
      <p>{t("help.turnOff.s1.p3")}</p>
      <CommandBlock label={t("help.common.cmd")} text={resume.cmd} labels={copy} />
      <CommandBlock label={t("help.common.powershell")} text={resume.powershell} labels={copy} />
      <p className="font-semibold">{t("help.turnOff.s1.p4")}</p>
    </>,
    <>
      <MenuPath
        label={t("help.common.menuPath")}
        items={[t("help.path.settings"), t("help.path.privacy"), t("help.path.deviceEncryption")]}
      />
      <p>{t("help.turnOff.s2.p1")}</p>
      <p>{t("help.turnOff.s2.p2")}</p>
    </>,
    <>
      <MenuPath
        label={t("help.common.menuPath")}
        items={[
          t("help.path.controlPanel"),
          t("help.path.systemSecurity"),
          t("help.path.bitlocker"),
          t("help.path.turnOff"),
        ]}
      />
      <p>{t("help.turnOff.s3.p1")}</p>
      <p>{t("help.turnOff.s3.p2")}</p>
    </>,
    <>
      <p>{t("help.turnOff.s4.p1")}</p>
      <p className="text-muted text-sm">{t("help.common.adminHint")}</p>
      <DriveCommands
        kind="turn-off"
        initialDrive={drive}
        labels={driveCommandLabels(t)}
        followUps={[{ intro: t("help.turnOff.s4.p2"), command: "clear-auto-unlock" }]}
        formFields={formFields}
      />
    </>,
    <>
      <p>{t("help.turnOff.s5.p1")}</p>
      <p className="font-semibold">{t("help.turnOff.s5.p2")}</p>
      <p>{t("help.turnOff.s5.p3")}</p>
      <CommandBlock label={t("help.common.cmd")} text={statusCommand(drive)} labels={copy} />
    </>,
  ];

  const lead = (
    <Callout tone="warning" title={t("help.common.warning")}>
      <p>{t("help.turnOff.managed")}</p>
    </Callout>
  );
  return <Guide page={TURN_OFF_GUIDE} view={view} context={context} lead={lead} steps={steps} />;
}
