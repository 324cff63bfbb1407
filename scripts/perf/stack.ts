/**
 * The KeyDesk stack (emulators + standalone portal) as a child process of a measuring script:
 * build, start on private ports, wait until ready, steer the emulators, stop everything.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { EmulatorConfig, Fault } from "../../emulators/state";
import { descendants, envOf } from "./memory";

export const root = resolve(import.meta.dirname, "../..");
/** Scratch space for logs and throw-away apps (git-ignored). */
export const scratch = join(root, ".bench");

const cleanups: (() => void | Promise<void>)[] = [];
let stopping = false;

/** Registers work to do when the script ends, normally or by Ctrl-C. */
export function onCleanup(fn: () => void | Promise<void>): void {
  cleanups.push(fn);
}

export async function cleanup(): Promise<void> {
  while (cleanups.length > 0) await Promise.resolve(cleanups.pop()?.()).catch(() => undefined);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping the stack…`);
    void cleanup().finally(() => process.exit(130));
  });
}

/** Logs go to stderr so that stdout carries only the JSON report. */
export const log = (message: string) => console.error(`[perf] ${message}`);

/** `tsx scripts/stack.ts --build-only`: builds the production app unless it is current. */
export function buildApp(): void {
  log("building the production app if needed (tsx scripts/stack.ts --build-only)…");
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/stack.ts", "--build-only"], {
    cwd: root,
    stdio: ["ignore", 2, 2],
  });
  if (result.status !== 0)
    throw new Error(`build failed (exit ${result.status}); if another engineer is rebuilding, retry in a minute`);
}

/** Modification time of the build, to tell whether someone rebuilt it during a measurement. */
export const buildStamp = () => statSync(join(root, ".next", "BUILD_ID")).mtimeMs;

export type Stack = {
  /** The first instance; `portalUrls` lists every instance. */
  portalUrl: string;
  portalUrls: string[];
  emulatorPort: number;
  logFile: string;
  /** The stack process itself, which also runs the emulators. */
  pid: number;
  /** Pids of the standalone server processes serving the portal ports. */
  serverPids: () => number[];
  control: {
    config: (patch: Partial<EmulatorConfig>) => Promise<void>;
    addFault: (fault: Omit<Fault, "id">) => Promise<Fault>;
    faults: () => Promise<Fault[]>;
    clearFaults: () => Promise<void>;
    /** Token requests the emulated Entra answered, by grant type. */
    grantCounts: () => Promise<Record<string, number>>;
  };
  stop: () => Promise<void>;
};

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the stack exited with code ${child.exitCode} before it was ready`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`the stack was not ready at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Starts `scripts/stack.ts` on its own ports (one portal instance per port), as its own process
 * group so that it can be stopped whole.
 */
export async function startStack(options: {
  portalPorts: number[];
  emulatorPort: number;
  env?: Record<string, string>;
  /** More flags for scripts/stack.ts, e.g. `--brokered`. */
  flags?: string[];
}): Promise<Stack> {
  const { portalPorts, emulatorPort } = options;
  const portalPort = portalPorts[0] ?? 3400;
  for (const port of [...portalPorts, emulatorPort]) {
    if (
      await fetch(`http://localhost:${port}/`).then(
        () => true,
        () => false,
      )
    )
      throw new Error(`port ${port} is already in use; pick others with --port / --emulator-port`);
  }
  mkdirSync(scratch, { recursive: true });
  const logFile = join(scratch, `portal-${portalPort}.log`);
  const out = openSync(logFile, "w");
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/stack.ts",
      "--port",
      portalPorts.join(","),
      "--emulator-port",
      String(emulatorPort),
      "--quiet",
      ...(options.flags ?? []),
    ],
    { cwd: root, env: { ...process.env, ...options.env }, stdio: ["ignore", out, out], detached: true },
  );
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((done) => child.once("exit", done));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  onCleanup(stop);
  log(
    `starting the stack: portal :${portalPorts.join(", :")}, emulators :${emulatorPort}-${emulatorPort + 2} (log ${logFile})`,
  );
  const portalUrls = portalPorts.map((port) => `http://localhost:${port}`);
  for (const url of portalUrls) await waitReady(`${url}/api/ready`, child, 300_000);

  const control = `http://localhost:${emulatorPort}/_emulator`;
  const call = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${control}${path}`, init);
    if (!response.ok) throw new Error(`emulator control ${path}: HTTP ${response.status}`);
    return response;
  };
  return {
    portalUrl: portalUrls[0] ?? "",
    portalUrls,
    emulatorPort,
    logFile,
    pid: child.pid ?? 0,
    serverPids: () =>
      child.pid === undefined
        ? []
        : descendants(child.pid).filter((pid) => portalPorts.map(String).includes(envOf(pid).PORT ?? "")),
    control: {
      config: async (patch) => void (await call("/config", { method: "PATCH", body: JSON.stringify(patch) })),
      addFault: async (fault) =>
        (await call("/faults", { method: "POST", body: JSON.stringify(fault) })).json() as Promise<Fault>,
      faults: async () => (await call("/faults")).json() as Promise<Fault[]>,
      clearFaults: async () => void (await call("/faults", { method: "DELETE" })),
      grantCounts: async () => {
        const grants = (await (await call("/grants")).json()) as { grantType: string }[];
        const counts: Record<string, number> = {};
        for (const grant of grants) counts[grant.grantType] = (counts[grant.grantType] ?? 0) + 1;
        return counts;
      },
    },
    stop,
  };
}
