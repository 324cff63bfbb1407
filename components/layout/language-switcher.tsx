import { cookies } from "next/headers";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/catalogue";
import { getLocale, getT, LOCALE_COOKIE } from "@/lib/i18n/server";

/** A plain form, so choosing a language works without JavaScript; the choice is remembered in a cookie. */
export async function LanguageSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getT()]);

  async function setLocale(form: unknown) {
    "use server";
    // Called by whoever posts to it: anything but this form's FormData changes nothing.
    const chosen = form instanceof FormData ? form.get("locale") : null;
    if (typeof chosen !== "string" || !isLocale(chosen)) return;
    (await cookies()).set(LOCALE_COOKIE, chosen, {
      path: "/",
      maxAge: 365 * 24 * 3600,
      sameSite: "lax",
      httpOnly: true,
    });
  }

  return (
    <form action={setLocale} className="flex flex-wrap items-center gap-2">
      <label htmlFor="locale" className="text-sm">
        {t("layout.language")}
      </label>
      <select
        id="locale"
        name="locale"
        defaultValue={locale}
        className="border-line bg-surface text-ink min-h-10 rounded-lg border px-2"
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <button type="submit" className="btn-secondary min-h-10 px-3 py-2 text-sm">
        {t("layout.languageApply")}
      </button>
    </form>
  );
}
