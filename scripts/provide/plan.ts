/**
 * What `npm test` does about a missing Chromium or redis-server, decided from probes so that the
 * choice can be tested without touching the machine: Debian's packages through apt-get when it
 * may run (root or passwordless sudo), else Playwright's own Chromium, else one message naming
 * the command to run.
 */
import type { Tool } from "../tools";

export type Situation = {
  missing: Pick<Tool, "name" | "debianPackage" | "variable" | "path" | "explicit">[];
  aptGet: boolean;
  root: boolean;
  passwordlessSudo: boolean;
  tried: { apt: boolean; playwright: boolean };
};

export type Action =
  | { kind: "done" }
  | { kind: "apt"; commands: string[][] }
  | { kind: "playwright"; command: string[] }
  | { kind: "stop"; message: string };

const PLAYWRIGHT_INSTALL = ["npx", "--no-install", "playwright", "install", "chromium"];
const names = (tools: Situation["missing"]) => tools.map((t) => t.name).join(" and ");

/** apt-get as .ci/run ran it: index first, no questions, quiet. */
function aptCommands(packages: string[], sudo: boolean): string[][] {
  const prefix = sudo ? ["sudo", "-n"] : [];
  return [
    [...prefix, "apt-get", "update", "-qq"],
    [...prefix, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", ...packages],
  ];
}

function stopMessage(s: Situation): string {
  const packages = s.missing.map((t) => t.debianPackage).join(" ");
  const sudo = s.root ? "" : "sudo ";
  const them = s.missing.length > 1 ? "them" : "it";
  const why = s.tried.apt
    ? `apt-get install ${packages} ran but did not provide ${them} (see its output above)`
    : s.aptGet
      ? `installing ${them} needs root or passwordless sudo`
      : "this machine has no apt-get";
  const chromium = s.missing.some((t) => t.debianPackage === "chromium");
  const redis = s.missing.some((t) => t.debianPackage === "redis-server");
  const command = s.aptGet
    ? `${sudo}apt-get update && ${sudo}apt-get install -y ${packages}`
    : [
        redis && "brew install redis (or your package manager's redis-server)",
        chromium && "npx playwright install --with-deps chromium",
      ]
        .filter(Boolean)
        .join(" && ");
  const download = s.tried.playwright ? " Playwright could not download its own Chromium either." : "";
  return `npm test needs ${names(s.missing)} (looked at ${s.missing.map((t) => t.path).join(", ")}); ${why}.${download}\nRun:  ${command}\nthen npm test again.`;
}

export function nextAction(s: Situation): Action {
  if (s.missing.length === 0) return { kind: "done" };
  const wrongPath = s.missing.find((t) => t.explicit);
  if (wrongPath)
    return {
      kind: "stop",
      message: `${wrongPath.variable}=${wrongPath.path} is not an executable ${wrongPath.name}: point it at one, or unset it to let npm test provide ${wrongPath.name}.`,
    };
  if (s.aptGet && (s.root || s.passwordlessSudo) && !s.tried.apt)
    return {
      kind: "apt",
      commands: aptCommands(
        s.missing.map((t) => t.debianPackage),
        !s.root,
      ),
    };
  if (s.missing.some((t) => t.debianPackage === "chromium") && !s.tried.playwright)
    return { kind: "playwright", command: PLAYWRIGHT_INSTALL };
  return { kind: "stop", message: stopMessage(s) };
}

export type Machine = {
  /** The machine as it is now (probed again after every step). */
  probe: () => Omit<Situation, "tried">;
  /** Runs a command with its output shown; true when it succeeded. */
  run: (argv: string[]) => boolean;
  say: (line: string) => void;
};

/** Takes steps until nothing is missing (0) or nothing more can be done (1, after one message). */
export function provide(machine: Machine): number {
  const tried = { apt: false, playwright: false };
  for (;;) {
    const action = nextAction({ ...machine.probe(), tried });
    if (action.kind === "done") return 0;
    if (action.kind === "stop") {
      machine.say(action.message);
      return 1;
    }
    const commands = action.kind === "apt" ? action.commands : [action.command];
    tried[action.kind] = true;
    for (const argv of commands) {
      machine.say(`provide: ${argv.join(" ")}`);
      if (!machine.run(argv)) break;
    }
  }
}
