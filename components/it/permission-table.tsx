import { getT } from "@/lib/i18n/server";

const ROWS = [
  { scope: "User.Read", why: "it.register.perm.userRead" },
  { scope: "BitlockerKey.Read.All", why: "it.register.perm.bitlocker" },
  { scope: "openid, profile, email, offline_access", why: "it.register.perm.oidc" },
] as const;

/**
 * Microsoft Graph permissions and why KeyDesk needs each one: the delegated ones by default, or
 * the given rows (brokered mode's application permissions).
 */
export async function PermissionTable({
  caption,
  rows,
}: { caption?: string; rows?: readonly { scope: string; why: string }[] } = {}) {
  const t = await getT();
  const shown = rows ?? ROWS.map((row) => ({ scope: row.scope, why: t(row.why) }));
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{caption ?? t("it.register.perm.caption")}</caption>
      <thead>
        <tr className="border-line border-b">
          <th scope="col" className="py-2 pr-3">
            {t("it.register.perm.scope")}
          </th>
          <th scope="col" className="py-2">
            {t("it.register.perm.why")}
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => (
          <tr key={row.scope} className="border-line border-b align-top">
            <th scope="row" className="py-2 pr-3 font-mono text-sm font-semibold [overflow-wrap:anywhere]">
              {row.scope}
            </th>
            <td className="py-2 [overflow-wrap:anywhere]">{row.why}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
