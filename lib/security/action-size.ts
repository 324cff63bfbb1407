import { isPossibleAction } from "./action-origin";

/**
 * Next.js's limit for a server action's body (`serverActions.bodySizeLimit`, which KeyDesk
 * leaves at its default of 1 MB = 1 MiB). Past it, Next.js answers 500 and logs the error; no
 * page of KeyDesk sends more than a few kilobytes, so a larger body is refused here with 413.
 */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** True for a server action whose body is larger than Next.js would read; the body is measured on a copy. */
export async function isOversizedAction(request: Request): Promise<boolean> {
  if (!isPossibleAction(request)) return false;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared)) return declared > ACTION_BODY_LIMIT;
  // Sent in chunks, without a length: count them.
  return (await request.clone().arrayBuffer()).byteLength > ACTION_BODY_LIMIT;
}
