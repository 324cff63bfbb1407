import { describe, expect, it } from "vitest";
import { nextAction, provide, type Situation } from "./plan";

const chromium = {
  name: "Chromium",
  debianPackage: "chromium",
  variable: "CHROMIUM_PATH",
  path: "/usr/bin/chromium",
  explicit: false,
};
const redis = {
  name: "redis-server",
  debianPackage: "redis-server",
  variable: "REDIS_SERVER_PATH",
  path: "/usr/bin/redis-server",
  explicit: false,
};
type Probe = Omit<Situation, "tried">;
const debianRoot: Probe = { missing: [chromium, redis], aptGet: true, root: true, passwordlessSudo: false };

/** A machine whose commands succeed or fail as told, and whose packages appear when installed. */
function machine(start: Probe, effects: { apt?: boolean; playwright?: boolean } = {}) {
  let state = start;
  const ran: string[] = [];
  const said: string[] = [];
  const status = provide({
    probe: () => state,
    run: (argv) => {
      ran.push(argv.join(" "));
      const isApt = argv.includes("apt-get");
      const works = isApt ? effects.apt : effects.playwright;
      if (works && (!isApt || argv.includes("install")))
        state = { ...state, missing: isApt ? [] : state.missing.filter((t) => t !== chromium) };
      return works ?? false;
    },
    say: (line) => said.push(line),
  });
  return { status, ran, said: said.filter((l) => !l.startsWith("provide:")) };
}

describe("npm test provides Chromium and redis-server on a fresh machine", () => {
  it("does nothing when both are there", () => {
    const result = machine({ ...debianRoot, missing: [] });
    expect(result).toEqual({ status: 0, ran: [], said: [] });
  });

  it("as root on Debian, installs only what is missing with apt-get, index first, without questions", () => {
    const result = machine({ ...debianRoot, missing: [redis] }, { apt: true });
    expect(result.status).toBe(0);
    expect(result.ran).toEqual([
      "apt-get update -qq",
      "env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server",
    ]);
  });

  it("uses passwordless sudo when not root", () => {
    const result = machine({ ...debianRoot, root: false, passwordlessSudo: true }, { apt: true });
    expect(result.status).toBe(0);
    expect(result.ran[1]).toBe(
      "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium redis-server",
    );
  });

  it("without root or sudo, fetches Playwright's Chromium and names the apt-get command for the rest", () => {
    const result = machine({ ...debianRoot, root: false }, { playwright: true });
    expect(result.status).toBe(1);
    expect(result.ran).toEqual(["npx --no-install playwright install chromium"]);
    expect(result.said).toHaveLength(1);
    expect(result.said[0]).toContain("Run:  sudo apt-get update && sudo apt-get install -y redis-server");
    expect(result.said[0]).toContain("needs root or passwordless sudo");
  });

  it("when apt-get fails and no browser can be downloaded, stops with one message naming the command", () => {
    const result = machine(debianRoot, { apt: false, playwright: false });
    expect(result.status).toBe(1);
    expect(result.ran).toEqual(["apt-get update -qq", "npx --no-install playwright install chromium"]);
    expect(result.said).toEqual([
      expect.stringContaining("Run:  apt-get update && apt-get install -y chromium redis-server"),
    ]);
    expect(result.said[0]).toContain("Playwright could not download its own Chromium either");
  });

  it("without apt-get, Playwright's own Chromium is enough when redis-server is there", () => {
    expect(machine({ ...debianRoot, aptGet: false, missing: [chromium] }, { playwright: true }).status).toBe(0);
  });

  it("without apt-get, names Playwright's and the package manager's commands", () => {
    const result = machine({ ...debianRoot, aptGet: false }, { playwright: false });
    expect(result.said[0]).toMatch(/Run: {2}brew install redis.* && npx playwright install --with-deps chromium/);
  });

  it("an explicit CHROMIUM_PATH that is wrong is reported, not papered over by installing elsewhere", () => {
    const action = nextAction({
      ...debianRoot,
      missing: [{ ...chromium, path: "/opt/missing", explicit: true }],
      tried: { apt: false, playwright: false },
    });
    expect(action.kind).toBe("stop");
    expect(action.kind === "stop" && action.message).toContain(
      "CHROMIUM_PATH=/opt/missing is not an executable Chromium",
    );
  });
});
