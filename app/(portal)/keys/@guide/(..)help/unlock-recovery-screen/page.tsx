import UnlockRecoveryScreenPage from "@/app/help/unlock-recovery-screen/page";
import { guideOverlayPage } from "@/components/keys/guide-overlay-page";

export default guideOverlayPage(UnlockRecoveryScreenPage);

// Rendered for one key page at a time, on request (the key page is never prerendered).
export const dynamic = "force-dynamic";
