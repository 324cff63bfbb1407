import type { Metadata, Viewport } from "next";
import type { CSSProperties, ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { IncidentBanner } from "@/components/helpdesk/incident-banner";
import { getLocale, getT } from "@/lib/i18n/server";
import { getBranding } from "@/lib/settings/branding";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  const org = getBranding().orgName;
  const name = org ? `${org} ${t("app.name")}` : t("app.name");
  return {
    title: { default: org ? `${name} — ${t("app.title")}` : t("app.title"), template: `%s · ${name}` },
    description: t("app.description"),
    robots: { index: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5cad" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getT()]);
  const { accentColor } = getBranding();
  const brand = accentColor
    ? { "data-brand-accent": "", style: { "--brand-accent": accentColor } as CSSProperties }
    : {};
  return (
    <html lang={locale} {...brand}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="focus:bg-surface sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:p-2"
        >
          {t("layout.skipToContent")}
        </a>
        <SiteHeader />
        <IncidentBanner />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 sm:py-10">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
