import { getT } from "@/lib/i18n/server";
import { addressHints, type AddressHint } from "@/lib/it/address-advice";
import { typeableAddress } from "@/lib/it/recovery-message";

const SIMPLE_HINTS = {
  good: "it.lockout.advice.hint.good",
  path: "it.lockout.advice.hint.path",
  query: "it.lockout.advice.hint.query",
  port: "it.lockout.advice.hint.port",
  notHttps: "it.lockout.advice.hint.notHttps",
} as const;

async function HintText({ hint }: { hint: AddressHint }) {
  const t = await getT();
  switch (hint.code) {
    case "long":
      return t("it.lockout.advice.hint.long", { length: hint.length, limit: hint.limit });
    case "lookalike":
      return t("it.lockout.advice.hint.lookalike", { characters: hint.characters.join(" ") });
    default:
      return t(SIMPLE_HINTS[hint.code]);
  }
}

/** How easy the address is to type from the PC's screen onto a phone, and what would make it easier. */
export async function AddressAdvice({ url }: { url: string }) {
  const t = await getT();
  const typed = typeableAddress(url);
  return (
    <div className="space-y-3">
      <p>{t("it.lockout.advice.intro")}</p>
      <p className="font-semibold [overflow-wrap:anywhere]">
        {t("it.lockout.advice.yours", { address: typed, length: typed.length })}
      </p>
      <ul className="list-inside list-disc space-y-1">
        {addressHints(url).map((hint) => (
          <li key={hint.code}>
            <HintText hint={hint} />
          </li>
        ))}
      </ul>
      <h3 className="pt-2 font-bold">{t("it.lockout.advice.tipsHeading")}</h3>
      <ul className="list-inside list-disc space-y-1">
        {(
          [
            "it.lockout.advice.tip1",
            "it.lockout.advice.tip2",
            "it.lockout.advice.tip3",
            "it.lockout.advice.tip4",
          ] as const
        ).map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </div>
  );
}
