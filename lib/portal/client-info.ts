import "server-only";
import { headers } from "next/headers";

/** The caller's address and browser, for audit events. Behind a proxy, the first X-Forwarded-For hop. */
export async function clientInfo(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return { ip: forwarded || h.get("x-real-ip") || null, userAgent: h.get("user-agent")?.slice(0, 300) ?? null };
}
