import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ExplorerPromptDiagram } from "@/components/help/diagrams/explorer-prompt";
import { DriveCommands } from "@/components/help/drive-commands";
import { Guide } from "@/components/help/guide";
import { DEFAULT_DATA_DRIVE } from "@/lib/help/commands";
import { DATA_DRIVE_GUIDE, helpPath, KEY_NOT_WORKING_GUIDE } from "@/lib/help/guides";
import { driveCommandLabels } from "@/lib/help/labels";
import { helpMetadata } from "@/lib/help/metadata";
import { driveFormFields, parseGuideContext, parseStepView, type SearchParams } from "@/lib/help/steps";
import { getT } from "@/lib/i18n/server";

type Props = { searchParams: Promise<SearchParams> };

const COMMAND_STEP = 4;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return helpMetadata(DATA_DRIVE_GUIDE, await searchParams);
}

export default async function UnlockDataDrivePage({ searchParams }: Props) {
  const [params, t] = await Promise.all([searchParams, getT()]);
  const view = parseStepView(params.step, DATA_DRIVE_GUIDE.steps.length);
  const context = parseGuideContext(params);
  const drive = context.drive ?? DEFAULT_DATA_DRIVE;
  const formFields = driveFormFields(view, COMMAND_STEP, context);

  const steps = [
    <>
      <p>{t("help.dataDrive.s1.p1")}</p>
      <p>{t("help.dataDrive.s1.p2")}</p>
    </>,
    <>
      <ExplorerPromptDiagram
        label={t("help.diagram.explorer.label")}
        title={t("help.diagram.explorer.title", { drive })}
        moreOptions={t("help.diagram.explorer.more")}
        enterKey={t("help.diagram.explorer.enterKey")}
      />
      <p>{t("help.dataDrive.s2.p1")}</p>
      <p className="font-semibold">{t("help.dataDrive.s2.p2")}</p>
    </>,
    <>
      <p>{t("help.dataDrive.s3.p1")}</p>
      <p>{t("help.dataDrive.s3.p2")}</p>
    </>,
    <>
      <p>{t("help.dataDrive.s4.p1")}</p>
      <p className="text-muted text-sm">{t("help.common.adminHint")}</p>
      <p className="text-muted text-sm">{t("help.common.fillInKey")}</p>
      <DriveCommands
        kind="unlock-data"
        initialDrive={drive}
        labels={driveCommandLabels(t)}
        followUps={[{ intro: t("help.dataDrive.s4.p2"), command: "status" }]}
        formFields={formFields}
      />
    </>,
    <>
      <p>{t("help.dataDrive.s5.p1")}</p>
      <p>{t("help.dataDrive.s5.p2")}</p>
      <Link className="link inline-flex min-h-11 items-center" href={helpPath(KEY_NOT_WORKING_GUIDE)}>
        {t("help.dataDrive.s5.link")}
      </Link>
    </>,
  ];

  return <Guide page={DATA_DRIVE_GUIDE} view={view} context={context} steps={steps} />;
}
