import Link from "@/components/ui/link";
import { helpdeskAgent } from "@/lib/helpdesk/gate";
import { getT } from "@/lib/i18n/server";

/** For agents only: the way from their own start page to the console. Nothing for anyone else. */
export async function ConsoleLink() {
  if (!(await helpdeskAgent())) return null;
  const t = await getT();
  return (
    <p className="text-sm">
      <Link className="link font-semibold" href="/helpdesk" data-testid="console-link">
        {t("console.open")}
      </Link>
    </p>
  );
}
