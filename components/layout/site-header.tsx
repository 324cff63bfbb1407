import Link from "next/link";
import { auth, signOut } from "@/lib/auth/auth";
import { getT } from "@/lib/i18n/server";

export async function SiteHeader() {
  const [session, t] = await Promise.all([auth(), getT()]);
  const user = session && !session.error ? session.user : null;

  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/signin?signedOut=1" });
  }

  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-ink no-underline">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-7 w-7 text-accent" fill="none" stroke="currentColor" strokeWidth="2">
            <rect x="4" y="10" width="16" height="11" rx="2" />
            <path d="M8 10V7a4 4 0 0 1 8 0v3" />
            <circle cx="12" cy="15.5" r="1.5" fill="currentColor" />
          </svg>
          {t("app.name")}
        </Link>
        {user ? (
          <div className="flex min-w-0 items-center gap-3">
            <span className="hidden min-w-0 truncate text-sm text-muted sm:block" data-testid="signed-in-as">
              {user.email}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="btn-secondary min-h-10 px-3 py-2 text-sm">
                {t("layout.signOut")}
              </button>
            </form>
          </div>
        ) : null}
      </div>
    </header>
  );
}
