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
  // Sent in chunks, without a length: count them, and stop reading as soon as the limit is passed
  // (a copy read to its end would hold a body of any size in memory).
  const reader = request.clone().body?.getReader();
  if (!reader) return false;
  for (let total = 0; ;) {
    const { done, value } = await reader.read();
    if (done) return false;
    total += value.byteLength;
    if (total > ACTION_BODY_LIMIT) {
      // Not awaited: a copy's cancel settles only once the original is cancelled too.
      void reader.cancel().catch(() => undefined);
      return true;
    }
  }
}
