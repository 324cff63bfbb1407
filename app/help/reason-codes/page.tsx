import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { helpPath, REASON_CODES_PAGE, UNLOCK_SCREEN_GUIDE } from "@/lib/help/guides";
import { helpMetadata } from "@/lib/help/metadata";
import { REASON_CATEGORIES, REASON_CODES_DOC_URL, reasonCodeAnchor } from "@/lib/help/reason-codes";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return helpMetadata(REASON_CODES_PAGE);
}

export default async function ReasonCodesPage() {
  const t = await getT();
  return (
    <article className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("help.reasons.title")}</h1>
      <p className="text-lg">{t("help.reasons.lead")}</p>
      <p>
        {t("help.reasons.typeKey")}{" "}
        <Link className="link" href={helpPath(UNLOCK_SCREEN_GUIDE)}>
          {t("help.reasons.typeKeyLink")}
        </Link>
      </p>
      {REASON_CATEGORIES.map((category) => (
        <section key={category.id} aria-labelledby={`category-${category.id}`} className="space-y-3">
          <h2 id={`category-${category.id}`} className="text-xl font-bold">
            {t(category.title)}
          </h2>
          <ul className="space-y-3">
            {category.items.map((item) => (
              <li key={item.codes.join()} className="card space-y-2" data-testid="reason-code">
                <h3 className="font-mono text-base font-bold [overflow-wrap:anywhere]">
                  {item.codes.map((code) => (
                    <span key={code} id={reasonCodeAnchor(code)} className="block scroll-mt-4">
                      {code}
                    </span>
                  ))}
                </h3>
                <p>{t(item.cause)}</p>
                <p>
                  <span className="font-semibold">{t("help.reasons.nextLabel")} </span>
                  {t(item.next)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p>{t("help.reasons.notListed")}</p>
      <p className="border-line text-muted border-t pt-4 text-sm">
        {t("help.reasons.source")}{" "}
        <a className="link" href={REASON_CODES_DOC_URL} rel="noreferrer">
          {t("help.reasons.sourceLink")}
        </a>
      </p>
      <Link href="/help" className="link inline-flex min-h-11 items-center">
        {t("help.common.allGuides")}
      </Link>
    </article>
  );
}
