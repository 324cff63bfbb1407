/**
 * Reads the Dockerfile the way `docker build` does, as far as `npm run test:image` needs it: the
 * stages with their working directory, environment, COPY lines and start commands. Written for
 * this project's Dockerfile (exec-form commands, `COPY [--from=…] src… dest`), and loud about
 * anything it does not understand rather than guessing.
 */
import { posix } from "node:path";

export type Copy = {
  /** The stage (name or index) the sources come from; null for the build context. */
  from: string | null;
  sources: string[];
  destination: string;
  line: number;
};

export type Stage = {
  name: string | null;
  base: string;
  /** Absolute, as the last WORKDIR left it ("/" when none). */
  workdir: string;
  env: Record<string, string>;
  copies: (Copy & { workdir: string })[];
  /** Exec form as written; a shell form becomes ["/bin/sh", "-c", text] as Docker runs it. */
  entrypoint: string[] | null;
  cmd: string[] | null;
  healthcheck: string[] | null;
};

export class DockerfileError extends Error {}

/** Joins continuation lines and drops comments, keeping the line number each instruction starts on. */
function instructions(text: string): { keyword: string; args: string; line: number }[] {
  const result: { keyword: string; args: string; line: number }[] = [];
  let pending: { text: string; line: number } | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed.startsWith("#") || (trimmed === "" && !pending)) return;
    const continues = trimmed.endsWith("\\");
    const part = continues ? trimmed.slice(0, -1) : trimmed;
    pending = pending ? { text: `${pending.text} ${part}`, line: pending.line } : { text: part, line: index + 1 };
    if (continues) return;
    const match = /^(\S+)\s*(.*)$/s.exec(pending.text.trim());
    if (match) result.push({ keyword: match[1]!.toUpperCase(), args: match[2]!.trim(), line: pending.line });
    pending = null;
  });
  return result;
}

/** Splits on whitespace, keeping quoted parts together and dropping the quotes. */
function words(args: string): string[] {
  return [...args.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)].map((m) => m[0].replace(/(["'])(.*?)\1/g, "$2"));
}

function substitute(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (whole, name: string) => vars[name] ?? whole);
}

function command(args: string): string[] {
  if (args.startsWith("[")) {
    const parsed: unknown = JSON.parse(args);
    if (!Array.isArray(parsed) || !parsed.every((p) => typeof p === "string"))
      throw new DockerfileError(`not a JSON array of strings: ${args}`);
    return parsed;
  }
  return ["/bin/sh", "-c", args];
}

function parseCopy(args: string, line: number): Copy {
  let from: string | null = null;
  let rest = args;
  for (let flag = /^--([a-z-]+)(?:=(\S+))?\s+/.exec(rest); flag; flag = /^--([a-z-]+)(?:=(\S+))?\s+/.exec(rest)) {
    if (flag[1] === "from") from = flag[2] ?? null;
    rest = rest.slice(flag[0].length);
  }
  const parts = rest.startsWith("[") ? command(rest) : words(rest);
  if (parts.length < 2) throw new DockerfileError(`line ${line}: COPY needs a source and a destination`);
  return { from, sources: parts.slice(0, -1), destination: parts.at(-1)!, line };
}

export function parseDockerfile(text: string): Stage[] {
  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const { keyword, args, line } of instructions(text)) {
    const stage = stages.at(-1);
    if (keyword === "FROM") {
      const [image, as, name] = words(substitute(args.replace(/--platform=\S+\s+/, ""), globalArgs));
      if (!image) throw new DockerfileError(`line ${line}: FROM without an image`);
      const parent = stages.find((s) => s.name === image);
      stages.push({
        name: as?.toUpperCase() === "AS" && name ? name : null,
        base: parent ? parent.base : image,
        workdir: parent?.workdir ?? "/",
        env: { ...parent?.env },
        copies: [],
        entrypoint: parent?.entrypoint ?? null,
        cmd: parent?.cmd ?? null,
        healthcheck: parent?.healthcheck ?? null,
      });
    } else if (keyword === "ARG" && !stage) {
      const [name, value] = args.split("=", 2);
      if (name && value !== undefined) globalArgs[name] = value.replace(/^"(.*)"$/, "$1");
    } else if (!stage) {
      if (keyword !== "ARG") throw new DockerfileError(`line ${line}: ${keyword} before the first FROM`);
    } else if (keyword === "WORKDIR") {
      stage.workdir = posix.resolve(stage.workdir, substitute(args, stage.env));
    } else if (keyword === "ENV") {
      const parts = words(args);
      if (parts.length > 0 && !parts[0]!.includes("=")) stage.env[parts[0]!] = parts.slice(1).join(" ");
      else
        for (const part of parts) {
          const at = part.indexOf("=");
          stage.env[part.slice(0, at)] = substitute(part.slice(at + 1), stage.env);
        }
    } else if (keyword === "COPY" || keyword === "ADD") {
      stage.copies.push({ ...parseCopy(args, line), workdir: stage.workdir });
    } else if (keyword === "CMD") {
      stage.cmd = command(args);
    } else if (keyword === "ENTRYPOINT") {
      stage.entrypoint = command(args);
      stage.cmd = null; // Docker resets an inherited CMD when ENTRYPOINT is set.
    } else if (keyword === "HEALTHCHECK") {
      const at = args.search(/(^|\s)CMD\s/);
      stage.healthcheck = args.trim() === "NONE" || at < 0 ? null : command(args.slice(at).trim().slice(3).trim());
    }
  }
  if (stages.length === 0) throw new DockerfileError("no FROM line: not a Dockerfile");
  return stages;
}

/** The stage a `COPY --from=` names: by name, or by index. */
export function stageNamed(stages: Stage[], ref: string): Stage | undefined {
  return stages.find((s) => s.name === ref) ?? (/^\d+$/.test(ref) ? stages[Number(ref)] : undefined);
}

/** What the container runs: ENTRYPOINT followed by CMD. */
export function startCommand(stage: Stage): string[] {
  const argv = [...(stage.entrypoint ?? []), ...(stage.cmd ?? [])];
  if (argv.length === 0) throw new DockerfileError("the last stage has neither CMD nor ENTRYPOINT");
  return argv;
}
