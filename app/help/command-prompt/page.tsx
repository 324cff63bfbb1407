import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { CommandBlock } from "@/components/help/command-block";
import { WinrePathDiagram } from "@/components/help/diagrams/winre-path";
import { DriveCommands } from "@/components/help/drive-commands";
import { Guide } from "@/components/help/guide";
import { resumeCommands, statusCommand } from "@/lib/help/commands";
import { COMMAND_PROMPT_GUIDE, helpPath, UNLOCK_SCREEN_GUIDE } from "@/lib/help/guides";
import { copyLabels, driveCommandLabels } from "@/lib/help/labels";
import { helpMetadata } from "@/lib/help/metadata";
import { driveFormFields, parseGuideContext, parseStepView, stepHref, type SearchParams } from "@/lib/help/steps";
import { getT } from "@/lib/i18n/server";

type Props = { searchParams: Promise<SearchParams> };

const UNLOCK_STEP = 5;
/** "It asks again after every restart" in the unlock guide. */
const REPEATED_PROMPTS_STEP = 6;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return helpMetadata(COMMAND_PROMPT_GUIDE, await searchParams);
}

export default async function CommandPromptPage({ searchParams }: Props) {
  const [params, t] = await Promise.all([searchParams, getT()]);
  const view = parseStepView(params.step, COMMAND_PROMPT_GUIDE.steps.length);
  const context = parseGuideContext(params);
  // No default: in the recovery environment the Windows drive is often not C:.
  const drive = context.drive ?? "";
  const copy = copyLabels(t);
  const formFields = driveFormFields(view, UNLOCK_STEP, context);
  const menu = (
    [
      "help.diagram.winre.esc",
      "help.diagram.winre.skip",
      "help.diagram.winre.troubleshoot",
      "help.diagram.winre.advanced",
      "help.diagram.winre.cmd",
    ] as const
  ).map((key) => t(key));

  const steps = [
    <>
      <WinrePathDiagram label={t("help.diagram.winre.label")} steps={menu} startsWithKey />
      <p>{t("help.winre.s1.p1")}</p>
      <p>{t("help.winre.s1.p2")}</p>
    </>,
    <>
      <p>{t("help.winre.s2.p1")}</p>
      <p>{t("help.winre.s2.p2")}</p>
    </>,
    <>
      <WinrePathDiagram label={t("help.diagram.winre.label")} steps={menu.slice(2)} />
      <p>{t("help.winre.s3.p1")}</p>
    </>,
    <>
      <p>{t("help.winre.s4.p1")}</p>
      <CommandBlock label={t("help.common.winreCmd")} text={statusCommand()} labels={copy} />
      <p>{t("help.winre.s4.p2")}</p>
    </>,
    <>
      <p>{t("help.winre.s5.p1")}</p>
      <p className="text-muted text-sm">{t("help.common.fillInKey")}</p>
      <DriveCommands
        kind="unlock-os"
        initialDrive={drive}
        labels={driveCommandLabels(t)}
        followUps={[
          {
            intro: t("help.winre.s5.p2"),
            command: "disable",
            warning: { title: t("help.common.warning"), text: t("help.winre.s5.warning") },
          },
        ]}
        formFields={formFields}
        showFindDrive={view.mode === "one"}
      />
      <p>{t("help.winre.s5.p3")}</p>
      <p>{t("help.winre.s5.p4")}</p>
      <CommandBlock label={t("help.common.cmd")} text={resumeCommands().cmd} labels={copy} />
      <p>
        {t("help.winre.s5.p5")}{" "}
        <Link className="link" href={stepHref(helpPath(UNLOCK_SCREEN_GUIDE), REPEATED_PROMPTS_STEP, context)}>
          {t("help.unlockScreen.s6.title")}
        </Link>
      </p>
    </>,
  ];

  return <Guide page={COMMAND_PROMPT_GUIDE} view={view} context={context} steps={steps} />;
}
