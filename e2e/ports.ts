export const PORTAL_PORT = Number(process.env.E2E_PORT ?? 3100);
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4110);
/*
 * Portals of the same build with other settings, each on emulators of its own (three ports each,
 * after the default stack's three), so their journeys change nothing for the others.
 */
/** KEY_ACCESS=brokered with rotation after a reveal: e2e/brokered*.spec.ts. */
export const BROKERED_PORT = PORTAL_PORT + 2;
export const BROKERED_EMULATOR_PORT = EMULATOR_PORT + 3;
/** IT's step-up switched on (REVEAL_AUTH_CONTEXT, REVEAL_MAX_AUTH_AGE_MINUTES): e2e/step-up*.spec.ts. */
export const STEP_UP_PORTAL_PORT = PORTAL_PORT + 4;
export const STEP_UP_EMULATOR_PORT = EMULATOR_PORT + 6;
export const STEP_UP_MAX_AUTH_AGE_MINUTES = 30;
/** INCIDENT_MESSAGE and INCIDENT_LIMITS set: e2e/incident*.spec.ts. */
export const INCIDENT_PORT = PORTAL_PORT + 6;
export const INCIDENT_EMULATOR_PORT = EMULATOR_PORT + 9;
/**
 * KEY_ACCESS=brokered whose application secret has expired (Entra answers AADSTS7000222), while
 * sign-in still works: e2e/brokered-credential.spec.ts.
 */
export const BROKEN_APP_PORT = PORTAL_PORT + 8;
export const BROKEN_APP_EMULATOR_PORT = EMULATOR_PORT + 12;
