import { defineConfig, devices } from "@playwright/test";
import { chromiumTool, redisServerTool, requireTool } from "./scripts/tools";

/**
 * Two KeyDesk instances behind one configuration and one Redis, as in a scaled-out deployment.
 * Run by `npm run test:scale` (part of `npm test`, which first provides redis-server and Chromium).
 */
const chromium = requireTool(chromiumTool());
const redisServer = requireTool(redisServerTool());

export const SCALE_PORTS = [3300, 3301] as const;
export const SCALE_EMULATOR_PORT = 4310;
/** This deployment is branded and asks for a notice and a reason before a key is shown. */
export const BRANDING = {
  ORG_NAME: "Northwind",
  ACCENT_COLOR: "#5c2d91",
  REVEAL_NOTICE: "Recovery keys are for your own devices only. Every key you open is logged.",
  REVEAL_REASONS: "Locked out at start-up|A data drive is locked",
};
const REDIS_PORT = 6390;

export default defineConfig({
  testDir: "e2e-scale",
  forbidOnly: !!process.env.CI,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromium },
    ...devices["Pixel 7"],
    viewport: { width: 360, height: 780 },
  },
  webServer: [
    {
      command: `${redisServer} --port ${REDIS_PORT} --bind 127.0.0.1 --save "" --appendonly no`,
      port: REDIS_PORT,
      reuseExistingServer: false,
    },
    {
      command: `npx tsx scripts/stack.ts --port ${SCALE_PORTS.join(",")} --emulator-port ${SCALE_EMULATOR_PORT} --quiet`,
      url: `http://localhost:${SCALE_PORTS[1]}/api/ready`,
      env: {
        ...(process.env as Record<string, string>),
        REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
        REVEAL_LIMIT_PER_HOUR: "3",
        SIGNIN_LIMIT_PER_MINUTE: "6",
        LOOKUP_LIMIT_PER_HOUR: "4",
        ...BRANDING,
      },
      timeout: 240_000,
      reuseExistingServer: false,
    },
  ],
});
