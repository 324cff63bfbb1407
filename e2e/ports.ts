export const PORTAL_PORT = Number(process.env.E2E_PORT ?? 3100);
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4110);
/**
 * A second portal with IT's step-up switched on (REVEAL_AUTH_CONTEXT, REVEAL_MAX_AUTH_AGE_MINUTES),
 * for e2e/step-up*.spec.ts only, with emulators of its own (three ports from STEP_UP_EMULATOR_PORT).
 */
export const STEP_UP_PORTAL_PORT = PORTAL_PORT + 4;
export const STEP_UP_EMULATOR_PORT = EMULATOR_PORT + 6;
export const STEP_UP_MAX_AUTH_AGE_MINUTES = 30;
