import Link from "@/components/ui/link";
import { getT } from "@/lib/i18n/server";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteFooter() {
  const t = await getT();
  return (
    <footer className="border-line bg-surface border-t">
      <div className="text-muted mx-auto max-w-3xl space-y-4 px-4 py-5 text-sm">
        <nav aria-label={t("layout.footerNav")} className="flex flex-wrap gap-x-5 gap-y-2">
          <Link className="link" href="/help">
            {t("layout.help")}
          </Link>
          <Link className="link" href="/help/cant-find-key">
            {t("layout.cantFind")}
          </Link>
          <Link className="link" href="/it">
            {t("layout.forIt")}
          </Link>
        </nav>
        <LanguageSwitcher />
        <p>{t("layout.footer")}</p>
      </div>
    </footer>
  );
}
