import KeyNotWorkingPage from "@/app/help/key-not-working/page";
import { guideOverlayPage } from "@/components/keys/guide-overlay-page";

export default guideOverlayPage(KeyNotWorkingPage);

// Rendered for one key page at a time, on request (the key page is never prerendered).
export const dynamic = "force-dynamic";
