import { defineConfig, devices } from "@playwright/test";
import { readFileSync } from "node:fs";
import type { Seed } from "./emulators/seed/types";
import {
  BROKEN_APP_EMULATOR_PORT,
  BROKEN_APP_PORT,
  BROKERED_EMULATOR_PORT,
  BROKERED_PORT,
  EMULATOR_PORT,
  INCIDENT_EMULATOR_PORT,
  INCIDENT_PORT,
  PORTAL_PORT,
  STEP_UP_EMULATOR_PORT,
  STEP_UP_MAX_AUTH_AGE_MINUTES,
  STEP_UP_PORTAL_PORT,
} from "./e2e/ports";
import { chromiumTool, requireTool } from "./scripts/tools";

/** Debian's Chromium, $CHROMIUM_PATH, or Playwright's own: `npm test` provides one first. */
const chromium = requireTool(chromiumTool());

/**
 * The reveal, lookup and sign-in limits have their own tests (playwright.scale.config.ts); here many
 * journeys share users, and every sign-in of the suite comes from one address, more than the
 * default 30 a minute when the journeys run quickly.
 */
const LIMITS = { REVEAL_LIMIT_PER_HOUR: "1000", LOOKUP_LIMIT_PER_HOUR: "1000", SIGNIN_LIMIT_PER_MINUTE: "600" };

/**
 * A portal of the same build on its own port and emulators, with settings of its own; its output
 * (audit events included) goes to .emulator/portal-<port>.log. The first one builds the app if needed.
 */
function portal(port: number, emulatorPort: number, settings: Record<string, string> = {}, flags = "") {
  return {
    command: `npx tsx scripts/stack.ts ${flags}--port ${port} --emulator-port ${emulatorPort} --quiet --log-file .emulator/portal-${port}.log`,
    url: `http://localhost:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    env: { ...(process.env as Record<string, string>), ...LIMITS, ...settings },
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  };
}

/** The emulated app registration's secret whose end date has passed: Entra refuses it (AADSTS7000222). */
const { expiredClientSecret } = (JSON.parse(readFileSync("emulators/seed/tenants.json", "utf8")) as Seed).application;

const phone = { ...devices["Pixel 7"], viewport: { width: 360, height: 780 }, browserName: "chromium" as const };
/** Journeys against the portals with other settings run only against those. */
const OTHER_PORTALS = /global-faults|brokered[^/]*\.spec\.ts$|step-up|incident/;

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
    { name: "phone", testIgnore: OTHER_PORTALS, use: phone },
    {
      name: "desktop",
      grep: /@desktop/,
      // After the phone run, so the same journey never runs twice at once against one demo user.
      dependencies: ["phone"],
      testIgnore: OTHER_PORTALS,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
    {
      // Entra-wide outages would break the journeys running beside them: these go last, alone.
      name: "global-faults",
      testMatch: /global-faults/,
      dependencies: ["desktop"],
      use: phone,
    },
    {
      // KEY_ACCESS=brokered: the second portal below, Northwind's people, on a phone.
      name: "brokered",
      testMatch: /brokered[^/]*\.spec\.ts$/,
      testIgnore: /brokered-credential/,
      use: { ...phone, baseURL: `http://localhost:${BROKERED_PORT}` },
    },
    {
      // KEY_ACCESS=brokered with an expired application secret: a portal of its own, as nothing can be read there.
      name: "broken-app-credential",
      testMatch: /brokered-credential\.spec\.ts$/,
      use: { ...phone, baseURL: `http://localhost:${BROKEN_APP_PORT}` },
    },
    {
      // Against the step-up portal; one journey after another, as they share its emulated Entra's settings.
      name: "step-up",
      testMatch: /step-up.*\.spec\.ts/,
      fullyParallel: false,
      use: { ...phone, baseURL: `http://localhost:${STEP_UP_PORTAL_PORT}` },
    },
    {
      // A portal of its own, with IT's incident message: the banner would change every other journey.
      name: "incident",
      testMatch: /incident.*\.spec\.ts/,
      use: { ...phone, baseURL: `http://localhost:${INCIDENT_PORT}` },
    },
  ],
  webServer: [
    portal(PORTAL_PORT, EMULATOR_PORT),
    // KEY_ACCESS=brokered for the Northwind tenant, with rotation after a reveal (scripts/portal-settings.ts).
    portal(BROKERED_PORT, BROKERED_EMULATOR_PORT, {}, "--brokered "),
    // The same brokered Northwind portal, set up with a client secret that expired (scripts/portal-settings.ts).
    portal(BROKEN_APP_PORT, BROKEN_APP_EMULATOR_PORT, { GRAPH_APP_CLIENT_SECRET: expiredClientSecret }, "--brokered "),
    portal(STEP_UP_PORTAL_PORT, STEP_UP_EMULATOR_PORT, {
      REVEAL_AUTH_CONTEXT: "c1",
      REVEAL_MAX_AUTH_AGE_MINUTES: String(STEP_UP_MAX_AUTH_AGE_MINUTES),
    }),
    portal(INCIDENT_PORT, INCIDENT_EMULATOR_PORT, {
      INCIDENT_MESSAGE: JSON.stringify({
        en: "A faulty update restarted many PCs into BitLocker recovery. Sign in here to get your key.",
        de: "Ein fehlerhaftes Update hat viele PCs in die BitLocker-Wiederherstellung versetzt. Melden Sie sich hier an.",
      }),
      INCIDENT_LIMITS: "true",
    }),
  ],
});
