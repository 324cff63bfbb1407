/**
 * `npm run test:image`: the container image, proven without a Docker engine. Reads the
 * Dockerfile's last stage, checks that every COPY source exists after `npm run build`, assembles
 * the runtime folder exactly as those COPY lines do, starts its CMD there on this project's
 * Node.js with the stage's ENV and production settings pointed at the emulators, runs the
 * HEALTHCHECK and a smoke journey in Chromium, and stops everything.
 *
 *   tsx scripts/test-image.ts        (npm run test:image builds first when sources changed)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, posix, resolve } from "node:path";
import { startEmulators, type RunningEmulators } from "../emulators/server";
import type { Seed } from "../emulators/seed/types";
import { parseDockerfile, startCommand } from "./image/dockerfile";
import { assemble, resolveRuntime } from "./image/runtime";
import { smokeJourney, type SmokeKey } from "./image/smoke";
import { emulatorSettings } from "./portal-settings";
import { chromiumTool, requireTool } from "./tools";

const root = resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`[test:image] ${line}`);
const SMOKE_USER = "adele.vance@contoso.example";

/** A key of a device the user owns whose first 8 Key ID characters match no other of their keys. */
function keyOf(seed: Seed, upn: string): SmokeKey {
  for (const tenant of seed.tenants) {
    const user = tenant.users.find((u) => u.userPrincipalName === upn);
    if (!user) continue;
    const devices = new Set(tenant.devices.filter((d) => d.registeredOwners.includes(user.id)).map((d) => d.deviceId));
    const keys = tenant.recoveryKeys.filter((k) => devices.has(k.deviceId));
    const unique = keys.find((k) => keys.filter((o) => o.id.slice(0, 8) === k.id.slice(0, 8)).length === 1);
    if (unique) return { id: unique.id, key: unique.key };
  }
  throw new Error(`${upn} owns no device with a recovery key in the seed`);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().once("error", fail);
    server.listen(0, "localhost", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitHealthy(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}:\n${output()}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`no answer from ${url} within 60 s:\n${output()}`);
}

function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (server.exitCode !== null || server.signalCode !== null) return done();
    const timer = setTimeout(() => server.kill("SIGKILL"), 5_000);
    server.once("exit", () => {
      clearTimeout(timer);
      done();
    });
    server.kill("SIGTERM");
  });
}

/** The image's `node` is this project's Node.js (the `node` dev dependency under npm run). */
const hostProgram = (program: string) => (program === "node" ? process.execPath : program);

async function main(): Promise<void> {
  const stages = parseDockerfile(readFileSync(join(root, "Dockerfile"), "utf8"));
  const runtime = stages.at(-1)!;
  const imageNode = /^node:(\d+)/.exec(runtime.base)?.[1];
  const ourNode = process.versions.node.split(".")[0];
  if (imageNode !== ourNode)
    throw new Error(
      `the image runs on ${runtime.base} but this is Node.js ${process.versions.node}: run it as \`npm run test:image\`, which uses the project's Node.js`,
    );

  const resolution = resolveRuntime(stages, root);
  if (resolution.problems.length > 0)
    throw new Error(`docker build would fail:\n  ${resolution.problems.join("\n  ")}`);
  log(`every COPY source of the ${runtime.name ?? "last"} stage exists (${resolution.sources.length} sources)`);

  const work = mkdtempSync(join(tmpdir(), "keydesk-image-"));
  const imageRoot = join(work, "image");
  const cleanups: (() => Promise<void> | void)[] = [() => rmSync(work, { recursive: true, force: true })];
  const cleanup = async () => {
    while (cleanups.length > 0) await Promise.resolve(cleanups.pop()?.()).catch(() => undefined);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void cleanup().finally(() => process.exit(130)));

  try {
    assemble(resolution, root, imageRoot);
    const appDir = join(imageRoot, runtime.workdir);
    log(`runtime assembled in ${appDir}`);

    const emulators: RunningEmulators = await startEmulators({
      browserPort: 0,
      entraPort: 0,
      graphPort: 0,
      caFile: join(work, "emulator-ca.pem"),
    });
    cleanups.push(() => emulators.stop());
    const port = await freePort();
    const portalUrl = `http://localhost:${port}`;
    // A container starts from the image's ENV and the operator's settings, nothing of this shell.
    const env: Record<string, string> = {
      PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`,
      ...runtime.env,
      PORT: String(port),
      ...emulatorSettings({
        seed: emulators.seed,
        portalUrl,
        issuerOrigin: emulators.issuerOrigin,
        graphOrigin: emulators.graphOrigin,
        caFile: emulators.caFile,
      }),
    };
    // Absolute paths in the command are paths inside the image.
    const inImage = (arg: string) =>
      arg === runtime.workdir || arg.startsWith(posix.join(runtime.workdir, "/")) ? join(imageRoot, arg) : arg;
    const [program, ...args] = startCommand(runtime).map(inImage) as [string, ...string[]];
    log(`starting ${[program, ...args].join(" ")} (Node.js ${process.versions.node}) on ${portalUrl}`);
    const server = spawn(hostProgram(program), args, {
      cwd: appDir,
      env: env as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    cleanups.push(() => stopServer(server));
    let output = "";
    server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await waitHealthy(`${portalUrl}/api/health`, server, () => output);

    if (runtime.healthcheck) {
      const [check, ...checkArgs] = runtime.healthcheck as [string, ...string[]];
      const result = spawnSync(hostProgram(check), checkArgs, {
        cwd: appDir,
        env: env as NodeJS.ProcessEnv,
        encoding: "utf8",
        timeout: 10_000,
      });
      if (result.status !== 0) throw new Error(`the HEALTHCHECK failed (exit ${result.status}): ${result.stderr}`);
      log("the image's HEALTHCHECK passes");
    }

    const key = keyOf(emulators.seed, SMOKE_USER);
    await smokeJourney({
      portalUrl,
      chromiumPath: requireTool(chromiumTool()),
      upn: SMOKE_USER,
      key,
      failureDir: join(root, "test-results"),
    });
    if (output.includes(key.key) || output.includes(key.key.replaceAll("-", "")))
      throw new Error("the server's output contains the revealed recovery key");
    log("the server's output never contains the revealed key");
  } catch (error) {
    await cleanup();
    throw error;
  }
  await cleanup();
  log("image OK");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[test:image] FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
