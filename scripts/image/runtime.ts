/**
 * The Dockerfile's last stage on this machine: where each COPY source comes from after
 * `npm run build`, what is missing, and the runtime folder assembled as `docker build` would.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { stageNamed, type Copy, type Stage } from "./dockerfile";

export type ResolvedSource = {
  copy: Copy;
  source: string;
  /** Relative to the repository root, "/"-separated. */
  repoPath: string;
  /** Absolute path inside the image the source is copied to (file or directory). */
  imagePath: string;
};

export type Resolution = { sources: ResolvedSource[]; problems: string[] };

/** Files outside the build context never reach `docker build` (Docker's matching, last rule wins). */
export function dockerignored(repoPath: string, patterns: string[]): boolean {
  const parts = repoPath.split("/");
  const candidates = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
  let ignored = false;
  for (const raw of patterns) {
    const negated = raw.startsWith("!");
    const pattern = posix.normalize((negated ? raw.slice(1) : raw).trim()).replace(/^\/+|\/+$/g, "");
    if (candidates.some((candidate) => posix.matchesGlob(candidate, pattern))) ignored = !negated;
  }
  return ignored;
}

export function readDockerignore(root: string): string[] {
  const file = join(root, ".dockerignore");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/** Files git tracks: these reach a build stage only through the build context. Null without git. */
export function trackedFiles(root: string): string[] | null {
  const result = spawnSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" });
  return result.status === 0 ? result.stdout.split("\0").filter(Boolean) : null;
}

/** Repository paths a wildcard in the last path segment matches; null when there is no wildcard. */
function expandWildcard(root: string, pattern: string): string[] | null | "unsupported" {
  if (!/[*?[]/.test(pattern)) return null;
  const dir = posix.dirname(pattern);
  if (/[*?[]/.test(dir)) return "unsupported";
  const base = posix.basename(pattern);
  const entries = existsSync(join(root, dir)) ? readdirSync(join(root, dir)) : [];
  return entries.filter((entry) => posix.matchesGlob(entry, base)).map((entry) => posix.join(dir, entry));
}

/** The directory of `stage` the build context is copied to (`COPY . .`), if any. */
function contextDirectory(stage: Stage): string | null {
  const copy = stage.copies.find(
    (c) => c.from === null && c.sources.length === 1 && posix.normalize(c.sources[0]!) === ".",
  );
  return copy ? posix.resolve(copy.workdir, copy.destination) : null;
}

function destinationOf(copy: Stage["copies"][number], source: string, hostIsDirectory: boolean): string {
  const destination = posix.resolve(copy.workdir, copy.destination);
  const intoDirectory = copy.destination.endsWith("/") || copy.sources.length > 1;
  return hostIsDirectory || !intoDirectory ? destination : posix.join(destination, posix.basename(source));
}

/**
 * Maps every COPY source of the last stage to this repository and names each one that would make
 * `docker build` fail: missing after the build, excluded by .dockerignore, or of unknown origin.
 */
export function resolveRuntime(
  stages: Stage[],
  root: string,
  ignore: string[] = readDockerignore(root),
  tracked: string[] | null = trackedFiles(root),
): Resolution {
  const runtime = stages.at(-1)!;
  const sources: ResolvedSource[] = [];
  const problems: string[] = [];
  for (const copy of runtime.copies) {
    const where = `COPY ${copy.from ? `--from=${copy.from} ` : ""}${copy.sources.join(" ")} (Dockerfile line ${copy.line})`;
    for (const source of copy.sources) {
      let pattern: string;
      if (copy.from === null) {
        pattern = posix.normalize(source).replace(/^\/+/, "");
      } else {
        const from = stageNamed(stages, copy.from);
        const context = from && contextDirectory(from);
        const absolute = from ? posix.resolve(from.workdir, source) : source;
        if (!context || (absolute !== context && !absolute.startsWith(`${context}/`))) {
          problems.push(`${where}: ${source} does not come from the build context of a stage of this Dockerfile`);
          continue;
        }
        pattern = posix.relative(context, absolute) || ".";
      }
      const matches = expandWildcard(root, pattern);
      if (matches === "unsupported") {
        problems.push(`${where}: test:image supports wildcards in the last part of a path only (${source})`);
        continue;
      }
      // BuildKit copies nothing for a wildcard that matches nothing; a plain name must exist.
      for (const repoPath of matches ?? [pattern]) {
        const concrete = matches ? posix.join(posix.dirname(source), posix.basename(repoPath)) : source;
        const host = join(root, repoPath);
        if (!existsSync(host)) {
          problems.push(`${where}: ${concrete} does not exist after npm run build (no ${repoPath} in the repository)`);
          continue;
        }
        // Build output is made inside the image; tracked files must be sent to it in the context.
        const fromContext =
          copy.from === null
            ? [repoPath]
            : (tracked ?? []).filter((f) => f === repoPath || f.startsWith(`${repoPath}/`));
        const excluded = fromContext.find((f) => dockerignored(f, ignore));
        if (excluded) {
          problems.push(`${where}: ${excluded} is excluded by .dockerignore, so docker build cannot copy it`);
          continue;
        }
        sources.push({
          copy,
          source: concrete,
          repoPath,
          imagePath: destinationOf(copy, concrete, statSync(host).isDirectory()),
        });
      }
    }
  }
  if (existsSync(join(root, "public")) && !sources.some((s) => s.repoPath === "public"))
    problems.push("public/ exists but the last stage does not copy it: the image would serve none of its files");
  return { sources, problems };
}

/**
 * What `scripts/stack.ts` adds to `.next/standalone` after `next build` for the demo; the image's
 * build stage runs `next build` alone, so its standalone folder has neither and only the
 * runtime stage's own COPY lines can bring them.
 */
const ADDED_AFTER_NEXT_BUILD = [".next/standalone/.next/static", ".next/standalone/public"];

/** Copies every source to `imageRoot` + its path in the image, as the COPY lines do. */
export function assemble(resolution: Resolution, root: string, imageRoot: string): void {
  const skipped = new Set(ADDED_AFTER_NEXT_BUILD.map((p) => join(root, p)));
  for (const { repoPath, imagePath } of resolution.sources) {
    const host = join(root, repoPath);
    const target = join(imageRoot, imagePath);
    mkdirSync(statSync(host).isDirectory() ? target : join(target, ".."), { recursive: true });
    cpSync(host, target, { recursive: true, filter: (from) => !skipped.has(from) });
  }
}
