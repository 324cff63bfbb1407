import "server-only";
import { env } from "@/lib/env";
import { portalOrigin } from "./portal-url";

/** An example address, shown (with a notice) when AUTH_URL is not set. */
const EXAMPLE = "https://keys.example.com";

/** This portal's public URL for the IT pages: AUTH_URL, never a request header; an example when unset. */
export async function requestPortalUrl(): Promise<{ url: string; known: boolean }> {
  const url = portalOrigin(env().AUTH_URL);
  return url ? { url, known: true } : { url: EXAMPLE, known: false };
}
