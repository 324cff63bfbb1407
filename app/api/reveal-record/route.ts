import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { currentUser } from "@/lib/auth/auth";
import { recordReceipt } from "@/lib/portal/reveal-record";
import { publicOrigin } from "@/lib/public-origin";

const body = z.object({ receipt: z.string().max(200) });

/**
 * Keeps the receipt of a reveal (Key ID and time, signed by the reveal action for this person) in
 * the reveal record, so the key page can later say that Windows replaced the key.
 */
export async function POST(request: NextRequest) {
  const origin = request.headers.get("origin");
  if (origin && origin !== publicOrigin(request)) return answer(403);
  const user = await currentUser();
  if (!user) return answer(401);
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return answer(400);
  return answer((await recordReceipt(user, parsed.data.receipt)) ? 204 : 400);
}

function answer(status: number) {
  return new NextResponse(null, { status, headers: { "Cache-Control": "no-store" } });
}
