import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Callout } from "@/components/help/callout";
import { CommandBlock } from "@/components/help/command-block";
import { FunctionKeysDiagram } from "@/components/help/diagrams/function-keys";
import { Guide } from "@/components/help/guide";
import { HelpdeskContact } from "@/components/feedback/helpdesk-contact";
import { repairCommand } from "@/lib/help/commands";
import { decisionHref } from "@/lib/help/decision-path";
import {
  CANT_FIND_KEY_PAGE,
  DATA_DRIVE_GUIDE,
  helpPath,
  KEY_CHECKER_PAGE,
  KEY_NOT_WORKING_GUIDE,
} from "@/lib/help/guides";
import { copyLabels } from "@/lib/help/labels";
import { helpMetadata } from "@/lib/help/metadata";
import { parseGuideContext, parseStepView, type SearchParams } from "@/lib/help/steps";
import { getT } from "@/lib/i18n/server";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return helpMetadata(KEY_NOT_WORKING_GUIDE, await searchParams);
}

/** The example drives of the repair step: D: damaged, E: overwritten, C: keeps the log. */
const REPAIR_EXAMPLE = { source: "D:", destination: "E:", log: "C:\\repair-bde.log" } as const;
const KEY_PACKAGE_EXAMPLE = "F:\\RecoveryKeyPackage";

export default async function KeyNotWorkingPage({ searchParams }: Props) {
  const [params, t] = await Promise.all([searchParams, getT()]);
  const copy = copyLabels(t);

  const steps = [
    <>
      <p>{t("help.notWorking.s1.p1")}</p>
      <p>{t("help.notWorking.s1.p2")}</p>
    </>,
    <>
      <p>{t("help.notWorking.s2.p1")}</p>
      <p>{t("help.notWorking.s2.p2")}</p>
      <Link className="btn-secondary" href={helpPath(KEY_CHECKER_PAGE)}>
        {t("help.notWorking.s2.checker")}
      </Link>
    </>,
    <>
      <FunctionKeysDiagram label={t("help.diagram.keys.label")} />
      <p>{t("help.notWorking.s3.p1")}</p>
      <p>{t("help.notWorking.s3.p2")}</p>
      <p>{t("help.notWorking.s3.p3")}</p>
    </>,
    <>
      <p>{t("help.notWorking.s4.p1")}</p>
      <p>{t("help.notWorking.s4.otherTools")}</p>
      <p>
        {t("help.notWorking.s4.otherPc")}{" "}
        <Link className="link" href={helpPath(DATA_DRIVE_GUIDE)}>
          {t("help.dataDrive.title")}
        </Link>
      </p>
      <p>{t("help.notWorking.s4.p2")}</p>
      <Callout tone="warning" title={t("help.common.warning")}>
        <p className="font-semibold">{t("help.notWorking.s4.overwrite")}</p>
        <p>{t("help.notWorking.s4.limit")}</p>
      </Callout>
      <p>{t("help.notWorking.s4.example")}</p>
      <CommandBlock label={t("help.common.cmd")} text={repairCommand(REPAIR_EXAMPLE)} labels={copy} />
      <p>{t("help.notWorking.s4.keyPackage")}</p>
      <p>{t("help.notWorking.s4.exampleKp")}</p>
      <CommandBlock
        label={t("help.common.cmd")}
        text={repairCommand({ ...REPAIR_EXAMPLE, keyPackage: KEY_PACKAGE_EXAMPLE })}
        labels={copy}
      />
      <p className="text-muted text-sm">{t("help.common.fillInKey")}</p>
    </>,
    <>
      <p>{t("help.notWorking.s5.p1")}</p>
      <p className="font-semibold">{t("help.notWorking.s5.p2")}</p>
      <p>{t("help.notWorking.s5.p3")}</p>
    </>,
    <>
      <p>{t("help.notWorking.s6.p1")}</p>
      <HelpdeskContact headingLevel={3} />
      <Link className="btn-primary" href={decisionHref(helpPath(CANT_FIND_KEY_PAGE), "handoff", [])}>
        {t("help.notWorking.s6.handoff")}
      </Link>
    </>,
  ];

  return (
    <Guide
      page={KEY_NOT_WORKING_GUIDE}
      view={parseStepView(params.step, KEY_NOT_WORKING_GUIDE.steps.length)}
      context={parseGuideContext(params)}
      steps={steps}
    />
  );
}
