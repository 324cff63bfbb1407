import "server-only";
import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

const NOTICE_COOKIE = "keydesk-notice";
const fingerprint = (notice: string) => createHash("sha256").update(notice).digest("base64url").slice(0, 16);

export type RevealPolicy = { notice: string | null; noticeAccepted: boolean; reasons: string[] };

/** What IT asks of a person before a key is shown: accepting a notice, giving a reason. */
export async function getRevealPolicy(): Promise<RevealPolicy> {
  const e = env();
  const notice = e.REVEAL_NOTICE ?? null;
  const accepted = notice !== null && (await cookies()).get(NOTICE_COOKIE)?.value === fingerprint(notice);
  return { notice, noticeAccepted: notice === null || accepted, reasons: e.REVEAL_REASONS };
}

/** Remembers for this browser session that the notice (this exact text) was accepted. */
export async function rememberNoticeAccepted(notice: string): Promise<void> {
  (await cookies()).set(NOTICE_COOKIE, fingerprint(notice), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: env().AUTH_URL?.startsWith("https://") ?? false,
  });
}
