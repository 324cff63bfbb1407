import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ItSection } from "@/components/it/it-page";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("it.index.title") };
}

const PAGES = [
  { href: "/it/register-app", title: "it.register.title", summary: "it.index.summary.register" },
  { href: "/it/configuration", title: "it.config.title", summary: "it.index.summary.configuration" },
  { href: "/it/lockout-screen", title: "it.lockout.title", summary: "it.index.summary.lockout" },
] as const;

const NEEDS = [
  "it.index.need.app",
  "it.index.need.host",
  "it.index.need.settings",
  "it.index.need.selfService",
  "it.index.need.redis",
] as const;

const DOCS = [
  { file: "README.md", what: "it.index.doc.readme" },
  { file: "docs/it-setup.md", what: "it.index.doc.setup" },
  { file: "docs/configuration.md", what: "it.index.doc.configuration" },
  { file: "docs/deploy.md", what: "it.index.doc.deploy" },
  { file: "docs/audit-events.md", what: "it.index.doc.audit" },
] as const;

export default async function ItIndexPage() {
  const t = await getT();
  return (
    <div className="space-y-8 break-words">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("it.index.heading")}</h1>
        <p className="text-muted text-lg">{t("it.index.lead")}</p>
      </header>
      <ItSection id="needs" title={t("it.index.needsHeading")}>
        <ul className="list-inside list-disc space-y-2">
          {NEEDS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </ItSection>
      <section aria-labelledby="pages-heading" className="space-y-3">
        <h2 id="pages-heading" className="text-xl font-bold">
          {t("it.index.pagesHeading")}
        </h2>
        <ol className="space-y-3">
          {PAGES.map((page, index) => (
            <li key={page.href}>
              <Link
                href={page.href}
                className="card text-ink hover:border-accent flex min-h-16 items-center justify-between gap-3 no-underline"
              >
                <span className="min-w-0 space-y-1">
                  <span className="text-accent block text-lg font-semibold underline underline-offset-2">
                    {index + 1}. {t(page.title)}
                  </span>
                  <span className="text-muted block text-sm">{t(page.summary)}</span>
                </span>
                <span aria-hidden="true" className="text-muted text-2xl">
                  ›
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
      <ItSection id="docs" title={t("it.index.docsHeading")}>
        <p>{t("it.index.docsLead")}</p>
        <ul className="space-y-2">
          {DOCS.map((doc) => (
            <li key={doc.file}>
              <code className="font-mono font-semibold">{doc.file}</code> — {t(doc.what)}
            </li>
          ))}
        </ul>
        <p>{t("it.index.doctor")}</p>
      </ItSection>
    </div>
  );
}
