/**
 * The mass-lockout day: many signed-in people load their device list and some reveal a key,
 * while Microsoft Graph (the emulator, 50 ms per call) throttles part of the traffic.
 *
 *   npm run loadtest [-- --duration 120 --connections 50 --reveal-rate 10 --instances 2 --heap-mb 384 --max-wait-quiet 300]
 *   npm run loadtest -- --brokered     # KEY_ACCESS=brokered, Northwind's people
 *
 * Prints one JSON report on stdout and rewrites the "Load test" section of docs/perf.md (with
 * --brokered: "Load test, brokered key access", which also counts KeyDesk's app-token requests).
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { captureReveal, launchBrowser, ownKey, portalCookies, signIn, type CapturedAction } from "./perf/browser";
import { countCpu, waitForQuietMachine, type CpuUse } from "./perf/cpu";
import { rotate, runStream, type StreamStats } from "./perf/load";
import { sampleMemory, summariseMemory } from "./perf/memory";
import { machine, machineLine, round, table, verdict, writeSection } from "./perf/report";
import { logWindow } from "./perf/server-log";
import { buildApp, buildStamp, cleanup, log, startStack, type Stack } from "./perf/stack";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "120" },
    connections: { type: "string", default: "50" },
    "reveal-rate": { type: "string", default: "10" },
    // One standalone server per core, as deployed (docs/deploy.md).
    instances: { type: "string", default: "2" },
    "max-wait-quiet": { type: "string", default: "300" },
    "heap-mb": { type: "string" },
    port: { type: "string", default: "3400" },
    "emulator-port": { type: "string", default: "4410" },
    brokered: { type: "boolean", default: false },
  },
});
const brokered = args.brokered;
const settings = {
  durationSeconds: Number(args.duration),
  warmupSeconds: 10,
  deviceListConnections: Number(args.connections),
  revealConnections: 4,
  revealRatePerSecond: Number(args["reveal-rate"]),
  graphLatencyMs: 50,
  portalInstances: Number(args.instances),
  /** Optional cap on V8's old space in the portal (`--max-old-space-size`), to tell growth from a leak. */
  heapMiB: args["heap-mb"] ? Number(args["heap-mb"]) : null,
};
const stackEnv: Record<string, string> = {
  REVEAL_LIMIT_PER_HOUR: "1000",
  SIGNIN_LIMIT_PER_MINUTE: "10000",
  ...(settings.heapMiB
    ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${settings.heapMiB}`.trim() }
    : {}),
};
const signed = (value: number) => `${value >= 0 ? "+" : ""}${value}`;

/** Device-list users: a mix of paging (adele), plain (megan, diego), empty (alex) and no-owner (lee). */
const DELEGATED_LIST_USERS = [
  "megan.bowen@contoso.example",
  "adele.vance@contoso.example",
  "alex.wilber@contoso.example",
  "lee.gu@contoso.example",
  "diego.siciliani@contoso.example",
];
/**
 * Brokered (Northwind): an owner, an Intune primary user, one person outside the self-service
 * group and one with an excluded server — every branch of KeyDesk's rule on every request.
 */
const BROKERED_LIST_USERS = [
  "isaiah.langer@northwind.example",
  "johanna.lorenz@northwind.example",
  "miriam.graham@northwind.example",
  "pradeep.gupta@northwind.example",
];
const LIST_USERS = brokered ? BROKERED_LIST_USERS : DELEGATED_LIST_USERS;
const REVEAL_USERS = brokered
  ? ["isaiah.langer@northwind.example", "johanna.lorenz@northwind.example", "pradeep.gupta@northwind.example"]
  : ["megan.bowen@contoso.example", "adele.vance@contoso.example", "diego.siciliani@contoso.example"];
/**
 * Graph throttles every key read of this user with a Retry-After longer than KeyDesk waits. Brokered
 * reads are the application's, not the person's: the key-list bursts below throttle them instead.
 */
const THROTTLED_USER = brokered ? null : "diego.siciliani@contoso.example";
const BURST = {
  everySeconds: 10,
  calls: 30,
  retryAfter: 1,
  pathPrefix: "/v1.0/informationProtection/bitlocker/recoveryKeys",
};

/** Re-arms a 429 fault on the key endpoints every few seconds; counts the calls it answered. */
function throttleBursts(stack: Stack) {
  let throttled = 0;
  let current: string | null = null;
  const tally = async () => {
    if (!current) return;
    const left = (await stack.control.faults()).find((f) => f.id === current);
    throttled += BURST.calls - (left?.remaining ?? 0);
    current = null;
  };
  const arm = async () => {
    await tally();
    const fault = await stack.control.addFault({
      kind: "status",
      status: 429,
      retryAfter: BURST.retryAfter,
      match: { pathPrefix: BURST.pathPrefix },
      remaining: BURST.calls,
    });
    current = fault.id;
  };
  const timer = setInterval(() => void arm().catch(() => undefined), BURST.everySeconds * 1000);
  return {
    start: arm,
    stop: async () => {
      clearInterval(timer);
      await tally();
      return throttled;
    },
  };
}

async function signInEveryone(stack: Stack) {
  const browser = await launchBrowser();
  const cookies = new Map<string, string>();
  const actions: (CapturedAction & { cookie: string })[] = [];
  for (const upn of new Set([...LIST_USERS, ...REVEAL_USERS])) {
    log(`signing in ${upn}`);
    const context = await signIn(browser, stack.portalUrl, upn);
    const cookie = await portalCookies(context, stack.portalUrl);
    cookies.set(upn, cookie);
    if (REVEAL_USERS.includes(upn)) actions.push({ ...(await captureReveal(context, ownKey(upn).keyId)), cookie });
    await context.close();
  }
  await browser.close();
  return { listCookies: LIST_USERS.map((upn) => cookies.get(upn) ?? ""), actions };
}

function markdown(report: ReturnType<typeof buildReport>): string {
  const s = report.settings;
  const row = (name: string, x: StreamStats) => [
    name,
    x.requests,
    x.throughputRps,
    x.latencyMs.p50,
    x.latencyMs.p95,
    x.latencyMs.p99,
    `${x.errorRate} %`,
    x.non2xx,
    x.status["5xx"],
  ];
  return [
    `Measured ${report.date} on ${machineLine()}; ${s.portalInstances === 1 ? "one standalone portal instance" : `${s.portalInstances} standalone portal instances`}, the emulators and the load generator on the same machine.`,
    "",
    `Settings: ${s.durationSeconds} s after a ${s.warmupSeconds} s warm-up; Graph latency ${s.graphLatencyMs} ms per call; ` +
      `${s.deviceListConnections} connections loading \`GET /devices\` as ${LIST_USERS.length} users in turn; ` +
      `${s.revealConnections} connections replaying the reveal action at ${s.revealRatePerSecond}/s as ${REVEAL_USERS.length} users; ` +
      `Graph answers 429 ${THROTTLED_USER ? `to every key read of ${THROTTLED_USER} (Retry-After 10 s) and ` : ""}to ${BURST.calls} key-list calls every ${BURST.everySeconds} s (Retry-After ${BURST.retryAfter} s).`,
    ...(report.appTokens
      ? [
          "",
          `KEY_ACCESS=brokered (Northwind): KeyDesk's application asked Entra for a token ${report.appTokens.duringRun} time(s) during the run ` +
            `and ${report.appTokens.total} time(s) in all, for ${report.deviceList.requests + report.reveal.requests} portal requests on ${s.portalInstances} instance(s) — ` +
            `@azure/identity keeps the token per process; people's sign-ins and refreshes: ${report.appTokens.personGrants}.`,
        ]
      : []),
    "",
    table(
      ["stream", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "non-2xx", "5xx"],
      [row("device list", report.deviceList), row("reveal", report.reveal)],
    ),
    "",
    `Throttled Graph calls injected: ${report.throttling.throttledGraphCalls}. Portal log: reveals ${JSON.stringify(report.serverLog.reveals)}, Graph failures ${JSON.stringify(report.serverLog.graphFailures)}.`,
    "",
    `Memory (RSS of the portal ${s.portalInstances === 1 ? "process" : "processes, summed"}${s.heapMiB ? `, V8 old space capped at ${s.heapMiB} MiB` : ""}): ` +
      `start ${report.memory.startMiB} MiB, end ${report.memory.endMiB} MiB, max ${report.memory.maxMiB} MiB; ` +
      `average over the first ${report.memory.windowSeconds} s ${report.memory.earlyAverageMiB} MiB, over the last ${report.memory.windowSeconds} s ${report.memory.lateAverageMiB} MiB (${signed(report.memory.growthPercent)} %).`,
    "",
    `CPU during the run (100 % = one core of ${report.cpu.cores}): portal ${report.cpu.ownPercent.portal} %, emulators ${report.cpu.ownPercent.emulators} %, ` +
      `load generator ${report.cpu.ownPercent.loadGenerator} %, other processes ${report.cpu.otherProcessesPercent} %.`,
    "",
    table(
      ["target", "measured", "result"],
      report.targets.map((t) => [t.target, t.measured, t.result]),
    ),
    ...(report.warnings.length ? ["", ...report.warnings.map((w) => `> ${w}`)] : []),
  ].join("\n");
}

function buildReport(input: {
  deviceList: StreamStats;
  reveal: StreamStats;
  memory: ReturnType<typeof summariseMemory>;
  throttledGraphCalls: number;
  serverLog: ReturnType<ReturnType<typeof logWindow>>;
  survived: boolean;
  cpu: CpuUse;
  warnings: string[];
  appTokens: { total: number; duringRun: number; personGrants: number } | null;
}) {
  const { deviceList, reveal, memory } = input;
  const fivexx = deviceList.status["5xx"] + reveal.status["5xx"];
  const targets = [
    {
      target: "device list ≥ 200 req/s",
      measured: `${deviceList.throughputRps} req/s`,
      pass: deviceList.throughputRps >= 200,
    },
    {
      target: "device list p95 < 500 ms",
      measured: `${deviceList.latencyMs.p95} ms`,
      pass: deviceList.latencyMs.p95 < 500,
    },
    { target: "zero 5xx", measured: String(fivexx), pass: fivexx === 0 },
    ...(input.appTokens
      ? [
          {
            target: "brokered: no app-token request per request (≤ 1 per instance during the run)",
            measured: `${input.appTokens.duringRun}`,
            pass: input.appTokens.duringRun <= settings.portalInstances,
          },
        ]
      : []),
    { target: "portal up to the end", measured: input.survived ? "yes" : "no, it stopped", pass: input.survived },
    {
      target: `memory flat (last ${memory.windowSeconds} s ≤ +20 % of first ${memory.windowSeconds} s)`,
      measured: `${signed(memory.growthPercent)} %`,
      pass: memory.flat,
    },
  ].map((t) => ({ ...t, result: verdict(t.pass) }));
  return {
    kind: "loadtest",
    date: new Date().toISOString(),
    machine: machine(),
    settings: {
      ...settings,
      stackEnv,
      listUsers: LIST_USERS,
      revealUsers: REVEAL_USERS,
      throttledUser: THROTTLED_USER,
      burst: BURST,
    },
    deviceList,
    reveal,
    throttling: { throttledGraphCalls: input.throttledGraphCalls },
    serverLog: input.serverLog,
    memory,
    cpu: input.cpu,
    appTokens: input.appTokens,
    targets,
    pass: targets.every((t) => t.pass),
    warnings: input.warnings,
  };
}

async function main() {
  buildApp();
  const stamp = buildStamp();
  const ports = Array.from({ length: settings.portalInstances }, (_, i) => Number(args.port) + i);
  const stack = await startStack({
    portalPorts: ports,
    emulatorPort: Number(args["emulator-port"]),
    env: stackEnv,
    flags: brokered ? ["--brokered"] : [],
  });
  const { listCookies, actions } = await signInEveryone(stack);
  await stack.control.config({ graphLatencyMs: settings.graphLatencyMs });
  const listRequest = rotate(listCookies);
  const nextList = () => ({
    method: "GET",
    path: "/devices",
    headers: {
      cookie: listRequest(),
      accept: "text/html",
      "accept-encoding": "gzip",
      "user-agent": "KeyDesk load test",
    },
  });
  const nextAction = rotate(actions);
  // The action's Origin must name the instance it goes to, or Next.js rejects it as cross-site.
  const nextReveal = (origin: string) => {
    const action = nextAction();
    return {
      method: "POST",
      path: action.path,
      headers: { ...action.headers, origin, referer: `${origin}${action.path}`, cookie: action.cookie },
      body: action.body,
    };
  };

  const quiet = await waitForQuietMachine(Number(args["max-wait-quiet"]), log);
  log(`warming up for ${settings.warmupSeconds} s…`);
  await runStream({
    urls: stack.portalUrls,
    connections: settings.deviceListConnections,
    durationSeconds: settings.warmupSeconds,
    next: nextList,
  });

  const pids = stack.serverPids();
  if (pids.length === 0) throw new Error("could not find the standalone server process of the portal");
  if (THROTTLED_USER)
    await stack.control.addFault({
      kind: "status",
      status: 429,
      retryAfter: 10,
      match: { userPrincipalName: THROTTLED_USER, queryIncludes: "$select=key" },
    });
  const appTokensBefore = (await stack.control.grantCounts()).client_credentials ?? 0;
  const bursts = throttleBursts(stack);
  await bursts.start();
  const serverLog = logWindow(stack.logFile);
  const memory = sampleMemory(() => pids);
  const loadBefore = loadavg()[0] ?? 0;
  const cpu = countCpu({ portal: () => pids, emulators: () => [stack.pid], loadGenerator: () => [process.pid] });
  log(`measuring for ${settings.durationSeconds} s (portal pid ${pids.join(", ")})…`);
  const [deviceList, reveal] = await Promise.all([
    runStream({
      urls: stack.portalUrls,
      connections: settings.deviceListConnections,
      durationSeconds: settings.durationSeconds,
      next: nextList,
    }),
    runStream({
      urls: stack.portalUrls,
      connections: settings.revealConnections,
      overallRate: settings.revealRatePerSecond,
      durationSeconds: settings.durationSeconds,
      next: nextReveal,
    }),
  ]);
  const samples = memory.stop();
  const cpuUse = cpu();
  // If the portal died, stack.ts has stopped the emulators too: report what was measured anyway.
  const throttledGraphCalls = await bursts.stop().catch(() => Number.NaN);
  await stack.control.clearFaults().catch(() => undefined);
  const logged = serverLog();
  const grants = brokered ? await stack.control.grantCounts().catch(() => null) : null;
  const appTokens = grants
    ? {
        total: grants.client_credentials ?? 0,
        duringRun: (grants.client_credentials ?? 0) - appTokensBefore,
        personGrants: Object.entries(grants)
          .filter(([type]) => type !== "client_credentials")
          .reduce((sum, [, n]) => sum + n, 0),
      }
    : null;
  const survived = stack.serverPids().length === pids.length && !logged.fatal;

  const warnings: string[] = [];
  if (!survived)
    warnings.push(
      `The portal stopped during the run${logged.fatal ? `: ${logged.fatal}` : ""} (see ${stack.logFile}).`,
    );
  if (buildStamp() !== stamp)
    warnings.push("The build changed during the run (someone rebuilt .next): the figures may be invalid; run again.");
  if (cpuUse.otherProcessesPercent > 20) {
    warnings.push(
      `Other processes on this machine used ${cpuUse.otherProcessesPercent} % of a core during the run (1-min load average ${loadBefore.toFixed(1)} at the start, ` +
        `${quiet.busyPercent} % busy before the warm-up after waiting ${quiet.waitedSeconds} s): the figures understate KeyDesk.`,
    );
  }
  const report = buildReport({
    deviceList,
    reveal,
    memory: summariseMemory(samples, settings.durationSeconds),
    throttledGraphCalls,
    serverLog: logged,
    survived,
    cpu: cpuUse,
    warnings,
    appTokens,
  });
  if (brokered) writeSection("loadtest-brokered", `## Load test, brokered key access\n\n${markdown(report)}`);
  else writeSection("loadtest", `## Load test\n\n${markdown(report)}`);
  console.log(
    JSON.stringify({ ...report, memorySamplesMiB: samples.map((s) => [round(s.atSeconds), round(s.rssMiB)]) }, null, 2),
  );
  for (const t of report.targets) log(`${t.result}  ${t.target}: ${t.measured}`);
  process.exitCode = report.pass ? 0 : 1;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  })
  .finally(() => void cleanup());
