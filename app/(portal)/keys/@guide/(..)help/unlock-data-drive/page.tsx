import UnlockDataDrivePage from "@/app/help/unlock-data-drive/page";
import { guideOverlayPage } from "@/components/keys/guide-overlay-page";

export default guideOverlayPage(UnlockDataDrivePage);

// Rendered for one key page at a time, on request (the key page is never prerendered).
export const dynamic = "force-dynamic";
