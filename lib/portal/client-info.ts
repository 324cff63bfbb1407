import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { trustedClientAddress } from "@/lib/net/client-address";

/**
 * The caller's address and browser, for audit events and per-address limits. The address is the
 * one the operator's TRUSTED_PROXY_HOPS vouches for, never a header the client could write.
 */
export async function clientInfo(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  return {
    ip: trustedClientAddress(h, env().TRUSTED_PROXY_HOPS),
    userAgent: h.get("user-agent")?.slice(0, 300) ?? null,
  };
}
