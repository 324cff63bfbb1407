/**
 * Starts the offline Microsoft stand-ins and the production KeyDesk server together:
 * `npm run demo` for people, the Playwright suite and the benchmarks for machines.
 *
 *   tsx scripts/stack.ts [--port 3000] [--emulator-port 4010] [--build-only] [--quiet] [--brokered]
 *
 * --brokered runs KeyDesk with KEY_ACCESS=brokered for the Northwind tenant (owner self-service
 * restricted there): it reads keys as its own application, with the emulator's certificate.
 *
 * The emulators take three consecutive ports from --emulator-port: browser-facing Entra pages
 * (plain HTTP), the Entra issuer (HTTPS) and Graph (HTTPS).
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, createWriteStream, existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startEmulators } from "../emulators/server";
import type { Seed } from "../emulators/seed/types";
import { brokeredSettings, emulatorSettings } from "./portal-settings";

const root = resolve(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    "emulator-port": { type: "string", default: process.env.EMULATOR_PORT ?? "4010" },
    "build-only": { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
    brokered: { type: "boolean", default: false },
    /** Also write the portal's output here (the e2e suite scans it for leaked secrets). */
    "log-file": { type: "string" },
  },
});
/** One port, or several (`3300,3301`) for as many instances sharing one configuration. */
const ports = args.port.split(",").map(Number);
const port = ports[0] ?? 3000;
const emulatorPort = Number(args["emulator-port"]);
const SOURCE_DIRS = ["app", "components", "lib", "messages", "public"];
const SOURCE_FILES = ["next.config.ts", "proxy.ts", "package.json", "postcss.config.mjs", "tsconfig.json"];

function newestSourceMtime(): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const dir of [...SOURCE_DIRS, ...SOURCE_FILES]) visit(join(root, dir));
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = join(root, ".next", "BUILD_ID");
  return existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceMtime();
}

/** Next.js may write BUILD_ID before a build fails; without this the next run would call it current. */
function forgetFailedBuild(): void {
  rmSync(join(root, ".next", "BUILD_ID"), { force: true });
}

/** Settings the portal gets in the demo: the same variables an operator sets for a real tenant. */
function portalEnv(seed: Seed, issuerOrigin: string, graphOrigin: string, caFile: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    ...emulatorSettings({ seed, portalUrl: `http://localhost:${port}`, issuerOrigin, graphOrigin, caFile }),
  };
}

/**
 * Node flags the standalone server runs with, here as in the Dockerfile (docs/deploy.md). A
 * page allocates a few MB that are garbage once it is sent; with V8's default 16 MB young
 * generation, a busy server collected every few dozen ms, copying the data of every page still
 * in flight each time. 64 MB: +12 % device lists per second in the load test, for ~150 MB RSS.
 */
const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];

const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
const standalone = join(root, ".next", "standalone");

/** The standalone server serves static files from next to itself, as in the container image. */
function prepareStandalone(): void {
  cpSync(join(root, ".next", "static"), join(standalone, ".next", "static"), { recursive: true });
  if (existsSync(join(root, "public"))) cpSync(join(root, "public"), join(standalone, "public"), { recursive: true });
}

async function main() {
  const seed = JSON.parse(readFileSync(join(root, "emulators/seed/tenants.json"), "utf8")) as Seed;
  if (args["build-only"]) {
    const placeholder = portalEnv(seed, "https://localhost:4011", "https://localhost:4012", "");
    if (buildIsCurrent()) return console.log("KeyDesk build is up to date.");
    const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: placeholder });
    if (result.status === 0) prepareStandalone();
    else forgetFailedBuild();
    process.exit(result.status ?? 1);
  }

  const emulators = await startEmulators({
    browserPort: emulatorPort,
    entraPort: emulatorPort + 1,
    graphPort: emulatorPort + 2,
    caFile: join(root, ".emulator", `ca-${emulatorPort}.pem`),
  });
  const env = {
    ...portalEnv(seed, emulators.issuerOrigin, emulators.graphOrigin, emulators.caFile),
    ...(args.brokered
      ? brokeredSettings({ seed, issuerOrigin: emulators.issuerOrigin, certificateFile: emulators.appCertificateFile })
      : {}),
  };

  if (!buildIsCurrent()) {
    console.log("Building KeyDesk (first run or sources changed)…");
    const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env });
    if (result.status !== 0) {
      forgetFailedBuild();
      await emulators.stop();
      process.exit(result.status ?? 1);
    }
    prepareStandalone();
  }

  // The production server exactly as deployed: Next.js's standalone output, started through
  // server-entry.mts (the client's address for the app, undecodable paths made decodable).
  const servers = ports.map((instancePort) =>
    spawn(process.execPath, [...SERVER_NODE_FLAGS, join(root, "server-entry.mts"), join(standalone, "server.js")], {
      cwd: standalone,
      env: { ...env, AUTH_URL: `http://localhost:${instancePort}`, PORT: String(instancePort), HOSTNAME: "localhost" },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  const logFile = args["log-file"] ? createWriteStream(resolve(args["log-file"]), { flags: "w" }) : null;
  for (const server of servers) {
    for (const [stream, sink] of [
      [server.stdout, process.stdout],
      [server.stderr, process.stderr],
    ] as const) {
      stream.on("data", (chunk: Buffer) => {
        sink.write(chunk);
        logFile?.write(chunk);
      });
    }
  }

  // The servers write their logs through this process: it waits for them to end before it
  // ends. (A server left behind with a broken stdout spins logging its own write errors.)
  const serverEnded = (server: (typeof servers)[number]) =>
    new Promise<void>((done) => {
      if (server.exitCode !== null || server.signalCode !== null) return done();
      const timer = setTimeout(() => server.kill("SIGKILL"), 3_000);
      server.once("exit", () => {
        clearTimeout(timer);
        done();
      });
      server.kill("SIGTERM");
    });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all([...servers.map(serverEnded), emulators.stop()]);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  for (const server of servers) server.on("exit", (code) => void stop(code ?? 0));

  if (!args.quiet) {
    // Brokered mode signs in to the Northwind tenant only: list its people.
    const tenants = args.brokered ? seed.tenants.filter((t) => t.domain === "northwind.example") : seed.tenants;
    const accounts = tenants.flatMap((t) => t.users.map((u) => `    ${u.userPrincipalName.padEnd(34)} ${u.demoNote}`));
    console.log(
      [
        "",
        `  KeyDesk is starting on  http://localhost:${port}${args.brokered ? "  (brokered key access, Northwind)" : ""}`,
        `  Microsoft Entra ID (emulated): ${emulators.browserOrigin} (sign-in pages), ${emulators.issuerOrigin} (issuer)`,
        `  Microsoft Graph (emulated):    ${emulators.graphOrigin}`,
        "",
        "  Demo accounts (pick one on the sign-in page; no password):",
        ...accounts,
        "",
        "  Press Ctrl-C to stop.",
        "",
      ].join("\n"),
    );
  }
}

void main();
