export const PORTAL_PORT = Number(process.env.E2E_PORT ?? 3100);
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4110);
/** A second portal from the same build with KEY_ACCESS=brokered, on emulators of its own (three ports). */
export const BROKERED_PORT = PORTAL_PORT + 2;
export const BROKERED_EMULATOR_PORT = EMULATOR_PORT + 3;
