import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { limitAuthJsSignIn } from "@/lib/limits/sign-in-limit";

export const { GET } = handlers;

/** Auth.js's own sign-in start shares the /signin page's limit. */
export async function POST(request: NextRequest): Promise<Response> {
  return (await limitAuthJsSignIn(request)) ?? handlers.POST(request);
}
