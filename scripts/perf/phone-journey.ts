/**
 * The locked-out person's walk on a slow phone: from the address on the lockout screen to a key
 * they can read, counting taps, keystrokes and seconds.
 *
 *   npm run perf:phone [-- --label after --runs 3 --port 3161 --emulator-port 4175]
 *
 * A 360 px touch screen, 400 ms added to every request (CDP Network.emulateNetworkConditions) and
 * a 4× slower CPU (CDP Emulation.setCPUThrottlingRate). Each run starts signed out in a fresh
 * browser context: open the portal's address → "Sign in with Microsoft" → pick the account →
 * type the Key ID → "Find my key" → "Show recovery key" → the key is on screen. On a key page
 * that offers "Type it block by block", one more tap to the first big block is reported too.
 * Prints one JSON report on stdout and records the row named `--label` in docs/perf.md.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { devices, type Page } from "@playwright/test";
import { launchBrowser, seed } from "./browser";
import { machineLine, median, perfDoc, round, table, writeSection } from "./report";
import { buildApp, cleanup, log, startStack } from "./stack";

const { values: args } = parseArgs({
  options: {
    label: { type: "string", default: "current" },
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "3161" },
    "emulator-port": { type: "string", default: "4175" },
    "no-record": { type: "boolean", default: false },
  },
});

const UPN = "adele.vance@contoso.example";
const LATENCY_MS = 400;
const CPU_SLOWDOWN = 4;

/** Adele's newest operating-system key: what her recovery screen shows. */
function keyIdOnScreen(): string {
  const adele = seed.tenants.flatMap((t) => t.users).find((u) => u.userPrincipalName === UPN);
  const tenant = seed.tenants.find((t) => t.users.some((u) => u.id === adele?.id));
  const own = tenant?.devices.filter((d) => adele && d.registeredOwners.includes(adele.id)) ?? [];
  const keys = (tenant?.recoveryKeys ?? [])
    .filter((k) => own.some((d) => d.deviceId === k.deviceId) && String(k.volumeType) === "1")
    .sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));
  const key = keys[0];
  if (!key) throw new Error(`${UPN} has no operating-system key in the seed`);
  return key.id.slice(0, 8).toUpperCase();
}

type Run = { taps: number; keystrokes: number; seconds: number; stepMode: { taps: number; seconds: number } | null };

async function walk(page: Page, keyId: string): Promise<Run> {
  let taps = 0;
  let keystrokes = 0;
  const tap = async (locator: ReturnType<Page["getByRole"]>) => {
    taps += 1;
    await locator.tap();
  };
  const started = performance.now();
  await page.goto("/");
  await tap(page.getByRole("button", { name: "Sign in with Microsoft" }));
  await tap(page.getByRole("link", { name: new RegExp(UPN.replace(/[.]/g, "\\.")) }));
  const field = page.getByRole("textbox", { name: "Recovery key ID" });
  await field.waitFor({ timeout: 60_000 });
  await tap(field);
  for (const character of keyId) {
    keystrokes += 1;
    await page.keyboard.type(character);
  }
  await tap(page.getByRole("button", { name: "Find my key" }));
  await tap(page.getByRole("button", { name: "Show recovery key" }));
  await page.getByTestId("key-blocks").or(page.getByTestId("current-block")).first().waitFor({ timeout: 60_000 });
  const seconds = (performance.now() - started) / 1000;
  const result: Run = { taps, keystrokes, seconds: round(seconds, 2), stepMode: null };

  const typeButton = page.getByRole("button", { name: /^Type it (block by block|step by step)$/ });
  if (await typeButton.isVisible()) {
    await tap(typeButton);
    await page.getByTestId("current-block").waitFor({ timeout: 60_000 });
    result.stepMode = { taps, seconds: round((performance.now() - started) / 1000, 2) };
  }
  return result;
}

/** The recorded rows of the section, so that "before" survives an "after" run. */
function recordedRows(): string[][] {
  const text = readFileSync(perfDoc, "utf8");
  const from = text.indexOf("<!-- phone-journey:start -->");
  const to = text.indexOf("<!-- phone-journey:end -->");
  if (from < 0 || to < from) return [];
  return text
    .slice(from, to)
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| label") && !line.startsWith("| ---"))
    .map((line) =>
      line
        .slice(2, -2)
        .split(" | ")
        .map((cell) => cell.trim()),
    );
}

async function main() {
  buildApp();
  const stack = await startStack({
    portalPorts: [Number(args.port)],
    emulatorPort: Number(args["emulator-port"]),
    env: { REVEAL_LIMIT_PER_HOUR: "1000", SIGNIN_LIMIT_PER_MINUTE: "600" },
  });
  const browser = await launchBrowser();
  const keyId = keyIdOnScreen();
  const runs: Run[] = [];
  for (let i = 0; i < Number(args.runs); i += 1) {
    const context = await browser.newContext({
      ...devices["Pixel 7"],
      viewport: { width: 360, height: 780 },
      baseURL: stack.portalUrl,
      locale: "en-US",
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: LATENCY_MS,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    const run = await walk(page, keyId);
    log(`run ${i + 1}: ${run.taps} taps, ${run.keystrokes} keystrokes, ${run.seconds} s`);
    runs.push(run);
    await context.close();
  }
  const first = runs[0];
  if (!first) throw new Error("no run");
  const seconds = median(runs.map((r) => r.seconds));
  const stepSeconds = first.stepMode ? median(runs.map((r) => r.stepMode?.seconds ?? Number.NaN)) : null;
  const report = {
    label: args.label,
    keyId,
    conditions: { viewport: 360, latencyMs: LATENCY_MS, cpuSlowdown: CPU_SLOWDOWN },
    taps: first.taps,
    keystrokes: first.keystrokes,
    medianSeconds: seconds,
    runs,
  };
  console.log(JSON.stringify(report, null, 2));

  if (!args["no-record"]) {
    const date = new Date().toISOString().slice(0, 10);
    const row = [
      args.label,
      date,
      String(first.taps),
      String(first.keystrokes),
      String(seconds),
      first.stepMode && stepSeconds !== null ? `${first.stepMode.taps} taps, ${stepSeconds} s` : "—",
      String(runs.length),
    ];
    const rows = [...recordedRows().filter((r) => r[0] !== args.label), row];
    writeSection(
      "phone-journey",
      [
        `Adele, signed out, Key ID \`${keyId}\` (8 keystrokes), ${LATENCY_MS} ms added latency, ${CPU_SLOWDOWN}× CPU slow-down, 360 px; median of the runs. Last run on ${machineLine()}.`,
        "",
        table(
          [
            "label",
            "date",
            "taps to the key",
            "keystrokes",
            "seconds to the key",
            "to the first big block (step mode)",
            "runs",
          ],
          rows,
        ),
      ].join("\n"),
    );
  }
}

main()
  .then(cleanup)
  .catch(async (error: unknown) => {
    console.error(error);
    await cleanup();
    process.exit(2);
  });
