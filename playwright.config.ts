import { defineConfig, devices } from "@playwright/test";
import { EMULATOR_PORT, INCIDENT_EMULATOR_PORT, INCIDENT_PORT, PORTAL_PORT } from "./e2e/ports";
import { chromiumTool, requireTool } from "./scripts/tools";

/** Debian's Chromium, $CHROMIUM_PATH, or Playwright's own: `npm test` provides one first. */
const chromium = requireTool(chromiumTool());

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
      testIgnore: [/global-faults/, /incident/],
      use: { ...devices["Pixel 7"], viewport: { width: 360, height: 780 }, browserName: "chromium" },
    },
    {
      name: "desktop",
      grep: /@desktop/,
      // After the phone run, so the same journey never runs twice at once against one demo user.
      dependencies: ["phone"],
      testIgnore: [/global-faults/, /incident/],
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
      // A portal of its own, with IT's incident message: the banner would change every other journey.
      name: "incident",
      testMatch: /incident.*\.spec\.ts/,
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 360, height: 780 },
        baseURL: `http://localhost:${INCIDENT_PORT}`,
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
      env: {
        ...(process.env as Record<string, string>),
        REVEAL_LIMIT_PER_HOUR: "1000",
        LOOKUP_LIMIT_PER_HOUR: "1000",
        SIGNIN_LIMIT_PER_MINUTE: "600",
      },
      // The portal's output (audit events included) goes to .emulator/portal-<port>.log instead.
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `npx tsx scripts/stack.ts --port ${INCIDENT_PORT} --emulator-port ${INCIDENT_EMULATOR_PORT} --quiet --log-file .emulator/portal-${INCIDENT_PORT}.log`,
      url: `http://localhost:${INCIDENT_PORT}/api/health`,
      timeout: 240_000,
      reuseExistingServer: !process.env.CI,
      env: {
        ...(process.env as Record<string, string>),
        SIGNIN_LIMIT_PER_MINUTE: "600",
        INCIDENT_MESSAGE: JSON.stringify({
          en: "A faulty update restarted many PCs into BitLocker recovery. Sign in here to get your key.",
          de: "Ein fehlerhaftes Update hat viele PCs in die BitLocker-Wiederherstellung versetzt. Melden Sie sich hier an.",
        }),
        INCIDENT_LIMITS: "true",
      },
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
