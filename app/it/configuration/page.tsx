import type { Metadata } from "next";
import { CommandBlock } from "@/components/help/command-block";
import { ItPage, ItSection } from "@/components/it/it-page";
import { SettingList } from "@/components/it/setting-list";
import { getT } from "@/lib/i18n/server";
import { copyLabels } from "@/lib/it/labels";
import { GROUPS } from "@/lib/it/settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("it.config.title") };
}

/** Every setting, explained; deliberately without the running portal's values. */
export default async function ConfigurationPage() {
  const t = await getT();
  return (
    <ItPage title={t("it.config.title")} lead={t("it.config.lead")}>
      <ItSection id="doctor" title={t("it.config.doctor.heading")}>
        <p>{t("it.config.doctor.body")}</p>
        <CommandBlock label={t("it.config.doctor.label")} text="npm run doctor" labels={copyLabels(t)} />
        <p className="text-muted text-sm">{t("it.config.private")}</p>
      </ItSection>
      {GROUPS.map((group) => (
        <SettingList key={group} group={group} />
      ))}
    </ItPage>
  );
}
