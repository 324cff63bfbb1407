export const PORTAL_PORT = Number(process.env.E2E_PORT ?? 3100);
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4110);
