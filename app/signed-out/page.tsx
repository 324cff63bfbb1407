import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signedOut.title") };
}

/** Where Entra's sign-out returns to (the registered post-logout redirect URI). */
export default async function SignedOutPage() {
  const t = await getT();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl" data-testid="signed-out">
        {t("signedOut.heading")}
      </h1>
      <div className="card space-y-3">
        <p className="text-lg">{t("signedOut.body")}</p>
        <p className="text-muted">{t("signedOut.shared")}</p>
      </div>
      <Link className="btn-primary w-full sm:w-auto" href="/signin">
        {t("signedOut.again")}
      </Link>
    </div>
  );
}
