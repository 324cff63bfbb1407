import "server-only";
import type { Portal } from "@/lib/portal/session";

/** The agent as audit events name them: from the session, never from the request. */
export const actorOf = ({ user }: Portal) => ({
  objectId: user.objectId,
  userPrincipalName: user.upn,
  tenantId: user.tenantId,
});

/** The key every per-person limit counts the agent under. */
export const limitKeyOf = ({ user }: Portal) => `${user.tenantId}:${user.objectId}`;
