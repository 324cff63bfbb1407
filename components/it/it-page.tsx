import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { getT } from "@/lib/i18n/server";

/** The frame of every "For IT" page below /it: a way back, the title and what the page is for. */
export async function ItPage({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  const t = await getT();
  return (
    <article className="space-y-8 break-words">
      <Link href="/it" className="link inline-flex min-h-11 items-center gap-1 font-semibold">
        <span aria-hidden="true">←</span> {t("it.common.back")}
      </Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold break-words sm:text-3xl">{title}</h1>
        <p className="text-muted text-lg">{lead}</p>
      </header>
      {children}
    </article>
  );
}

/** A titled card; the heading names the section for screen readers. */
export function ItSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="card min-w-0 space-y-4">
      <h2 id={`${id}-heading`} className="text-xl font-bold break-words">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Label/value pairs such as "Data type: String"; values may be long and wrap anywhere. */
export function Facts({ items }: { items: readonly { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="font-semibold">{item.label}</dt>
          <dd className="min-w-0 [overflow-wrap:anywhere]">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
