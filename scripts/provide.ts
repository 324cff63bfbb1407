/**
 * The first step of `npm test`: provides what the suites need and a fresh machine lacks —
 * Chromium for Playwright and redis-server for the scale suite — or stops with one message
 * naming the command to run (scripts/provide/plan.ts decides which).
 *
 *   tsx scripts/provide.ts [--dry-run]    --dry-run: say what would run, change nothing
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { provide } from "./provide/plan";
import { chromiumTool, onPath, redisServerTool } from "./tools";

const { values: args } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } } });
const dryRun = args["dry-run"];
let sudoAnswer: boolean | undefined;
/** Asked only when apt-get exists and we are not root: `sudo -n` never prompts for a password. */
const passwordlessSudo = () => (sudoAnswer ??= spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0);

const status = provide({
  probe: () => {
    const aptGet = onPath("apt-get") !== null;
    const root = process.getuid?.() === 0;
    return {
      missing: [chromiumTool(), redisServerTool()].filter((tool) => !tool.found),
      aptGet,
      root,
      passwordlessSudo: aptGet && !root && passwordlessSudo(),
    };
  },
  run: (argv) => {
    if (dryRun) return true;
    const [command, ...rest] = argv as [string, ...string[]];
    // A browser download that cannot reach its server gives up on its own; this bounds a stalled one.
    return spawnSync(command, rest, { stdio: "inherit", timeout: 15 * 60_000 }).status === 0;
  },
  say: (line) => {
    if (!line.startsWith("provide:")) console.error(dryRun ? `(dry run, nothing was installed) ${line}` : line);
    else console.log(dryRun ? line.replace("provide:", "provide (dry run) would run:") : line);
  },
});
process.exit(status);
