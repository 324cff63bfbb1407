/**
 * Where the programs the test suites need are: Chromium for Playwright, redis-server for the
 * scale suite. One answer for `npm test`'s set-up step, the Playwright configs and the scripts.
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { chromium } from "@playwright/test";

/** Debian's packages: `apt-get install -y chromium redis-server`. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";
export const DEBIAN_REDIS_SERVER = "/usr/bin/redis-server";

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Playwright's own Chromium, when `npx playwright install chromium` has fetched it. */
function playwrightChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return isExecutable(path) ? path : null;
  } catch {
    return null;
  }
}

export type Tool = {
  /** What the person is told is missing. */
  name: string;
  /** The Debian package that provides it. */
  debianPackage: string;
  /** The environment variable that names it explicitly. */
  variable: string;
  /** The executable to use, or where it was expected when there is none. */
  path: string;
  /** The path came from the variable: installing the package elsewhere does not help. */
  explicit: boolean;
  found: boolean;
};

/** Chromium: $CHROMIUM_PATH, else Debian's, else Playwright's download. */
export function chromiumTool(): Tool {
  const explicit = process.env.CHROMIUM_PATH;
  const path = explicit ?? [DEBIAN_CHROMIUM, playwrightChromium()].find((p) => p && isExecutable(p)) ?? DEBIAN_CHROMIUM;
  return {
    name: "Chromium",
    debianPackage: "chromium",
    variable: "CHROMIUM_PATH",
    path,
    explicit: explicit !== undefined,
    found: isExecutable(path),
  };
}

/** redis-server: $REDIS_SERVER_PATH, else the first on PATH, else Debian's place. */
export function redisServerTool(): Tool {
  const explicit = process.env.REDIS_SERVER_PATH;
  const path = explicit ?? onPath("redis-server") ?? DEBIAN_REDIS_SERVER;
  return {
    name: "redis-server",
    debianPackage: "redis-server",
    variable: "REDIS_SERVER_PATH",
    path,
    explicit: explicit !== undefined,
    found: isExecutable(path),
  };
}

/** For the Playwright configs and scripts: the program to run, or a message saying what provides it. */
export function requireTool(tool: Tool): string {
  if (!tool.found)
    throw new Error(
      `${tool.name} not found at ${tool.path}. \`npx tsx scripts/provide.ts\` (the first step of \`npm test\`) installs it or says how.`,
    );
  return tool.path;
}
