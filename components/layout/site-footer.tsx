import { getT } from "@/lib/i18n/server";

export async function SiteFooter() {
  const t = await getT();
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto max-w-3xl px-4 py-4 text-sm text-muted">
        <p>{t("layout.footer")}</p>
      </div>
    </footer>
  );
}
