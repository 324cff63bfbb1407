import type { ReactNode } from "react";
import { keyPageHref, parseGuideContext, type SearchParams } from "@/lib/help/steps";
import { getT } from "@/lib/i18n/server";
import { GuidePanel } from "./guide-panel";

type GuidePage = (props: { searchParams: Promise<SearchParams> }) => Promise<ReactNode>;
type Props = { searchParams: Promise<SearchParams> };

/**
 * The page of an intercepted guide route under the key pages: the guide itself, rendered by its
 * own page, in a panel next to the key. Loaded directly, the same address is the full guide page.
 * The key page it returns to comes from the guide's own `keyId` parameter.
 */
export function guideOverlayPage(Guide: GuidePage) {
  return async function GuideOverlay({ searchParams }: Props) {
    const [params, t] = await Promise.all([searchParams, getT()]);
    return (
      <GuidePanel keyHref={keyPageHref(parseGuideContext(params))} closeLabel={t("help.common.backToKey")}>
        {await Guide({ searchParams: Promise.resolve(params) })}
      </GuidePanel>
    );
  };
}
