import { defineConfig, devices } from "@playwright/test";
import {
  EMULATOR_PORT,
  PORTAL_PORT,
  STEP_UP_EMULATOR_PORT,
  STEP_UP_MAX_AUTH_AGE_MINUTES,
  STEP_UP_PORTAL_PORT,
} from "./e2e/ports";
import { chromiumTool, requireTool } from "./scripts/tools";

/** Debian's Chromium, $CHROMIUM_PATH, or Playwright's own: `npm test` provides one first. */
const chromium = requireTool(chromiumTool());

/** See the default stack's webServer below for why the limits are raised. */
const LIMITS = { REVEAL_LIMIT_PER_HOUR: "1000", LOOKUP_LIMIT_PER_HOUR: "1000", SIGNIN_LIMIT_PER_MINUTE: "600" };

/** The same build with IT's step-up switched on, and its own emulators: only the step-up journeys use it. */
const stepUpServer = {
  command: `npx tsx scripts/stack.ts --port ${STEP_UP_PORTAL_PORT} --emulator-port ${STEP_UP_EMULATOR_PORT} --quiet --log-file .emulator/portal-${STEP_UP_PORTAL_PORT}.log`,
  url: `http://localhost:${STEP_UP_PORTAL_PORT}/api/health`,
  timeout: 240_000,
  reuseExistingServer: !process.env.CI,
  env: {
    ...(process.env as Record<string, string>),
    ...LIMITS,
    REVEAL_AUTH_CONTEXT: "c1",
    REVEAL_MAX_AUTH_AGE_MINUTES: String(STEP_UP_MAX_AUTH_AGE_MINUTES),
  },
  stdout: "ignore" as const,
  stderr: "pipe" as const,
};

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://localhost:${PORTAL_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromium },
  },
  projects: [
    {
      name: "phone",
      testIgnore: /global-faults|step-up/,
      use: { ...devices["Pixel 7"], viewport: { width: 360, height: 780 }, browserName: "chromium" },
    },
    {
      name: "desktop",
      grep: /@desktop/,
      // After the phone run, so the same journey never runs twice at once against one demo user.
      dependencies: ["phone"],
      testIgnore: /global-faults|step-up/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
    {
      // Entra-wide outages would break the journeys running beside them: these go last, alone.
      name: "global-faults",
      testMatch: /global-faults/,
      dependencies: ["desktop"],
      use: { ...devices["Pixel 7"], viewport: { width: 360, height: 780 } },
    },
    {
      // Against the step-up portal; one journey after another, as they share its emulated Entra's settings.
      name: "step-up",
      testMatch: /step-up.*\.spec\.ts/,
      fullyParallel: false,
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 360, height: 780 },
        browserName: "chromium",
        baseURL: `http://localhost:${STEP_UP_PORTAL_PORT}`,
      },
    },
  ],
  webServer: [
    {
      command: `npx tsx scripts/stack.ts --port ${PORTAL_PORT} --emulator-port ${EMULATOR_PORT} --quiet --log-file .emulator/portal-${PORTAL_PORT}.log`,
      url: `http://localhost:${PORTAL_PORT}/api/health`,
      timeout: 240_000,
      reuseExistingServer: !process.env.CI,
      // The reveal, lookup and sign-in limits have their own tests (playwright.scale.config.ts); here many
      // journeys share users, and every sign-in of the suite comes from one address, more than the
      // default 30 a minute when the journeys run quickly.
      env: { ...(process.env as Record<string, string>), ...LIMITS },
      // The portal's output (audit events included) goes to .emulator/portal-<port>.log instead.
      stdout: "ignore",
      stderr: "pipe",
    },
    stepUpServer,
  ],
});
