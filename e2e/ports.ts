export const PORTAL_PORT = Number(process.env.E2E_PORT ?? 3100);
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4110);
/** A second portal with INCIDENT_MESSAGE set, and its own emulators (three ports from here). */
export const INCIDENT_PORT = PORTAL_PORT + 6;
export const INCIDENT_EMULATOR_PORT = EMULATOR_PORT + 7;
