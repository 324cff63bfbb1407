import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { currentUser, signIn } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInNotice } from "@/lib/auth/sign-in-notice";
import { getT } from "@/lib/i18n/server";
import { consumeSignIn, rateLimitedSignInPath } from "@/lib/limits/sign-in-limit";
import { clientInfo } from "@/lib/portal/client-info";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signin.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackPath);
  const t = await getT();

  const notice = signInNotice(params);

  async function signInAction() {
    "use server";
    const { ip } = await clientInfo();
    const limit = await consumeSignIn(ip);
    if (!limit.ok) redirect(rateLimitedSignInPath(callbackPath));
    await signIn("microsoft-entra-id", { redirectTo: callbackPath });
  }

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("signin.heading")}</h1>
        <p className="text-muted text-lg">{t("signin.lead")}</p>
      </div>
      {notice ? (
        <p
          role={notice.tone === "error" ? "alert" : "status"}
          className={`card ${notice.tone === "error" ? "border-danger text-danger" : ""}`}
        >
          {t(notice.key)}
        </p>
      ) : null}
      <ol className="card list-inside list-decimal space-y-2 text-base">
        <li>{t("signin.step1")}</li>
        <li>{t("signin.step2")}</li>
        <li>{t("signin.step3")}</li>
      </ol>
      <form action={signInAction}>
        <button type="submit" className="btn-primary w-full sm:w-auto">
          <svg aria-hidden="true" viewBox="0 0 21 21" className="h-5 w-5">
            <rect x="1" y="1" width="9" height="9" fill="#f25022" />
            <rect x="11" y="1" width="9" height="9" fill="#7fba00" />
            <rect x="1" y="11" width="9" height="9" fill="#00a4ef" />
            <rect x="11" y="11" width="9" height="9" fill="#ffb900" />
          </svg>
          {t("signin.button")}
        </button>
      </form>
      <p className="text-muted text-sm">
        {t("signin.personalHint")}{" "}
        <Link className="link" href="/personal-account">
          {t("signin.personalLink")}
        </Link>
      </p>
    </div>
  );
}
