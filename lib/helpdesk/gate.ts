import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { serverSession } from "@/lib/auth/auth";
import { env } from "@/lib/env";
import { withGraph } from "@/lib/portal/failure";
import { getPortal, type Portal } from "@/lib/portal/session";
import { isOwnTenant } from "@/lib/settings/tenant";
import { holdsKeyReaderRole } from "./roles";

const memberSchema = z.object({ "@odata.type": z.string().optional(), id: z.string() });

/**
 * The signed-in person as a help-desk agent, or null: the console is on (HELPDESK=true), their
 * sign-in carries a BitLocker-reading directory role in `wids`, they belong to the organisation's
 * tenant (ORG_TENANT_ID, or the issuer's), and — when IT names a group in
 * HELPDESK_GROUP_ID — Graph says they are in it (directly or through nested groups). Graph still
 * checks the role at every key read: this gate only decides who sees the console.
 */
export const helpdeskAgent = cache(async (): Promise<Portal | null> => {
  const e = env();
  if (!e.HELPDESK) return null;
  const [session, portal] = await Promise.all([serverSession(), getPortal()]);
  if (!portal || !holdsKeyReaderRole(session?.server?.wids)) return null;
  // IT's console settings (ticket pattern, checks) are the organisation's: another tenant's admins get none.
  if (!portal.user.tenantId || !isOwnTenant(portal.user.tenantId)) return null;
  const group = e.HELPDESK_GROUP_ID;
  if (!group) return portal;
  const groups = await withGraph("helpdesk_group", portal, () =>
    portal.graph.list("/me/transitiveMemberOf", memberSchema, { $select: "id" }),
  );
  return groups.ok && groups.value.some((g) => g.id.toLowerCase() === group) ? portal : null;
});

/** For the console's pages: everyone who is not an agent gets the normal 404 page. */
export async function requireAgent(): Promise<Portal> {
  const agent = await helpdeskAgent();
  if (!agent) notFound();
  return agent;
}
