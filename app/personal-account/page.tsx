import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { PERSONAL_RECOVERY_URL } from "@/lib/links";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("personal.title") };
}

export default async function PersonalAccountPage() {
  const t = await getT();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("personal.heading")}</h1>
      <p className="text-lg">{t("personal.explain")}</p>
      <div className="card space-y-3">
        <h2 className="text-lg font-semibold">{t("personal.whereHeading")}</h2>
        <p>{t("personal.where")}</p>
        <a className="btn-primary w-full sm:w-auto" href={PERSONAL_RECOVERY_URL} rel="noreferrer">
          {t("personal.button")}
        </a>
        <p className="text-muted text-sm">{t("personal.shortLink")}</p>
      </div>
      <p>
        {t("personal.work")}{" "}
        <a className="link" href="/signin">
          {t("personal.workLink")}
        </a>
      </p>
    </div>
  );
}
