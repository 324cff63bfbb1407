"use server";

import { isGuid } from "@/lib/recovery-key/key-id";
import { withGraph } from "./failure";
import { getKeyContext } from "./key-context";
import { revealedAt } from "./reveal-record";
import { replacedAfterReveal, type ReplacedAfterReveal } from "./rotation";
import { getPortal } from "./session";

/**
 * Asked by the key page when the person comes back to it: did Windows replace this key since
 * they revealed it? Reads key metadata only (never a key), and only after a reveal recorded by
 * this person in this browser; the reveal time comes from that signed record, not from the page.
 */
export async function checkReplacedAfterReveal(keyId: unknown): Promise<ReplacedAfterReveal | null> {
  if (typeof keyId !== "string" || keyId.length > 64 || !isGuid(keyId)) return null;
  const portal = await getPortal();
  if (!portal) return null;
  const since = await revealedAt(portal.user, keyId);
  if (since === null) return null;
  const read = await withGraph("get_key", portal, () => getKeyContext(portal, keyId.toLowerCase(), null));
  return read.ok ? replacedAfterReveal(read.value.siblings, read.value.key, since) : null;
}
