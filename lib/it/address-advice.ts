import { typeableAddress } from "./recovery-message";

/** People read the address off the blue screen and type it on a phone: this much is comfortable. */
export const COMFORTABLE_LENGTH = 24;

export type AddressHint =
  | { code: "long"; length: number; limit: number }
  | { code: "path" }
  | { code: "query" }
  | { code: "port" }
  | { code: "notHttps" }
  | { code: "lookalike"; characters: string[] }
  | { code: "good" };

/** Characters that are misread next to letters (zero/oh, one/ell) or awkward on a phone keyboard. */
const LOOKALIKES = ["0", "1", "_", "~"];

/** What would make the address shown on the lockout screen easier to read and type. */
export function addressHints(url: string): AddressHint[] {
  if (!URL.canParse(url)) return [];
  const parsed = new URL(url);
  const typed = typeableAddress(url);
  const hints: AddressHint[] = [];
  if (typed.length > COMFORTABLE_LENGTH) hints.push({ code: "long", length: typed.length, limit: COMFORTABLE_LENGTH });
  if (parsed.pathname !== "/" && parsed.pathname !== "") hints.push({ code: "path" });
  if (parsed.search || parsed.hash) hints.push({ code: "query" });
  if (parsed.port) hints.push({ code: "port" });
  if (parsed.protocol !== "https:") hints.push({ code: "notHttps" });
  const lookalikes = LOOKALIKES.filter((c) => (parsed.hostname + parsed.pathname).includes(c));
  if (lookalikes.length > 0) hints.push({ code: "lookalike", characters: lookalikes });
  return hints.length > 0 ? hints : [{ code: "good" }];
}
