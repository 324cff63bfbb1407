import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { resolvePortalUrl } from "./portal-url";

const FALLBACK = "https://keys.example.com";

/** This portal's public URL for the IT pages; a placeholder when it cannot be known. */
export async function requestPortalUrl(): Promise<{ url: string; known: boolean }> {
  const [h, e] = [await headers(), env()];
  // Forwarded headers count only behind a proxy the operator said to trust, as in Auth.js.
  const host = (e.AUTH_TRUST_HOST ? h.get("x-forwarded-host") : null) ?? h.get("host");
  const url = resolvePortalUrl(e.AUTH_URL, host, e.AUTH_TRUST_HOST ? h.get("x-forwarded-proto") : null);
  return url ? { url, known: true } : { url: FALLBACK, known: false };
}
