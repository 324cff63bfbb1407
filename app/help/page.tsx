import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { currentSession } from "@/lib/auth/auth";
import { GUIDES, helpPath, TOOLS, type HelpPage } from "@/lib/help/guides";
import { getT, type Translate } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("help.index.title") };
}

function PageLinks({ pages, t }: { pages: readonly HelpPage[]; t: Translate }) {
  return (
    <ul className="space-y-3">
      {pages.map((page) => (
        <li key={page.slug}>
          <Link
            href={helpPath(page)}
            className="card text-ink hover:border-accent flex min-h-16 items-center justify-between gap-3 no-underline"
          >
            <span className="min-w-0 space-y-1">
              <span className="text-accent block text-lg font-semibold underline underline-offset-2">
                {t(page.title)}
              </span>
              <span className="text-muted block text-sm">
                {t(page.summary)}
                {page.steps ? ` · ${t("help.index.stepCount", { count: page.steps.length })}` : null}
              </span>
            </span>
            <span aria-hidden="true" className="text-muted text-2xl">
              ›
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default async function HelpIndexPage() {
  const [t, session] = await Promise.all([getT(), currentSession()]);
  // A signed-in person is not asked to sign in again: the same card leads straight to the lookup.
  const signedIn = !!session && !session.error;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("help.index.heading")}</h1>
        <p className="text-muted text-lg">{t(signedIn ? "help.index.leadSignedIn" : "help.index.lead")}</p>
      </div>
      <div className="card space-y-3">
        <p>{t(signedIn ? "help.index.signedInHint" : "help.index.getKeyHint")}</p>
        <Link className="btn-primary w-full sm:w-auto" href="/">
          {t(signedIn ? "help.index.findKey" : "help.index.getKey")}
        </Link>
      </div>
      <section aria-labelledby="guides-heading" className="space-y-3">
        <h2 id="guides-heading" className="text-xl font-bold">
          {t("help.index.guidesHeading")}
        </h2>
        <PageLinks pages={GUIDES} t={t} />
      </section>
      <section aria-labelledby="tools-heading" className="space-y-3">
        <h2 id="tools-heading" className="text-xl font-bold">
          {t("help.index.toolsHeading")}
        </h2>
        <PageLinks pages={TOOLS} t={t} />
      </section>
    </div>
  );
}
