import TurnOffBitlockerPage from "@/app/help/turn-off-bitlocker/page";
import { guideOverlayPage } from "@/components/keys/guide-overlay-page";

export default guideOverlayPage(TurnOffBitlockerPage);

// Rendered for one key page at a time, on request (the key page is never prerendered).
export const dynamic = "force-dynamic";
