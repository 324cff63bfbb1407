import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDockerfile, startCommand } from "./dockerfile";
import { assemble, dockerignored, resolveRuntime } from "./runtime";

const root = join(import.meta.dirname, "../..");
const projectDockerfile = readFileSync(join(root, "Dockerfile"), "utf8");
const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A repository after `npm run build`, with the files given. */
function repository(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "keydesk-image-test-"));
  made.push(dir);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
  return dir;
}
const built = [".next/standalone/server.js", ".next/standalone/.next/BUILD_ID", ".next/static/chunks/app.js"];

const dockerfile = (runtimeLines: string) => `# syntax=docker/dockerfile:1
ARG NODE_IMAGE=node:24-bookworm-slim
FROM \${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
RUN npm run build

FROM \${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \\
    PORT=3000
${runtimeLines}`;

describe("the Dockerfile's last stage, as docker build would see it", () => {
  it("reads the project's runtime stage: Node 24, its ENV, the standalone server and its health check", () => {
    const stages = parseDockerfile(projectDockerfile);
    const runtime = stages.at(-1)!;
    expect(runtime.base).toMatch(/^node:24[.-]/);
    expect(runtime.workdir).toBe("/app");
    expect(runtime.env).toMatchObject({ NODE_ENV: "production", PORT: "3000", HOSTNAME: "0.0.0.0" });
    expect(startCommand(runtime)[0]).toBe("node");
    expect(runtime.healthcheck?.[0]).toBe("node");
    expect(runtime.copies.map((c) => c.from)).toEqual(runtime.copies.map(() => "build"));
  });

  it("the image, engines, @types/node and the node dev dependency all say Node 24", () => {
    const major = /^node:(\d+)/.exec(parseDockerfile(projectDockerfile).at(-1)!.base)?.[1];
    expect(major).toBe("24");
    expect(packageJson.engines.node).toBe(">=24");
    expect(packageJson.devDependencies["@types/node"]).toMatch(/^\^?24\./);
    expect(packageJson.devDependencies.node).toMatch(/^24\./);
  });

  it("names a COPY source that does not exist after the build (the public/ KeyDesk never had)", () => {
    const text = dockerfile(`COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
CMD ["node", "server.js"]`);
    const { problems } = resolveRuntime(parseDockerfile(text), repository(built), [], []);
    expect(problems).toEqual([
      "COPY --from=build /app/public (Dockerfile line 14): /app/public does not exist after npm run build (no public in the repository)",
    ]);
  });

  it("names a public/ folder that exists but is not copied", () => {
    const text = dockerfile(`COPY --from=build /app/.next/standalone ./\nCMD ["node", "server.js"]`);
    const { problems } = resolveRuntime(parseDockerfile(text), repository([...built, "public/logo.svg"]), [], []);
    expect(problems).toEqual([expect.stringContaining("public/ exists but the last stage does not copy it")]);
  });

  it("names a tracked file the COPY needs but .dockerignore keeps out of the build context", () => {
    const text = dockerfile(`COPY --from=build /app/deploy/entry.mjs ./\nCMD ["node", "entry.mjs", "server.js"]`);
    const repo = repository([...built, "deploy/entry.mjs"]);
    const { problems } = resolveRuntime(parseDockerfile(text), repo, ["node_modules", "deploy"], ["deploy/entry.mjs"]);
    expect(problems).toEqual([expect.stringContaining("deploy/entry.mjs is excluded by .dockerignore")]);
  });

  it("assembles what the COPY lines copy, and only that: a server entry file included, the demo's extra copies not", () => {
    const text = dockerfile(`COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/server-entry.mts ./
CMD ["node", "--max-semi-space-size=64", "server-entry.mts", "server.js"]`);
    // scripts/stack.ts puts the static files into the standalone folder for the demo.
    const repo = repository([...built, "server-entry.mts", ".next/standalone/.next/static/chunks/stale.js"]);
    const stages = parseDockerfile(text);
    const resolution = resolveRuntime(stages, repo, [".next", "!.next/standalone"], ["server-entry.mts"]);
    expect(resolution.problems).toEqual([]);
    const image = join(repo, "image");
    assemble(resolution, repo, image);
    for (const file of [
      "app/server.js",
      "app/.next/BUILD_ID",
      "app/.next/static/chunks/app.js",
      "app/server-entry.mts",
    ])
      expect(existsSync(join(image, file)), file).toBe(true);
    expect(existsSync(join(image, "app/.next/static/chunks/stale.js"))).toBe(false);
    expect(startCommand(stages.at(-1)!)).toEqual(["node", "--max-semi-space-size=64", "server-entry.mts", "server.js"]);
  });

  it("copies public/ through a wildcard when it exists, and nothing when it does not, as BuildKit does", () => {
    const text = dockerfile(`COPY --from=build /app/.next/standalone ./
COPY --from=build /app/publi[c] ./public
CMD ["node", "server.js"]`);
    const without = resolveRuntime(parseDockerfile(text), repository(built), [], []);
    expect(without.problems).toEqual([]);
    expect(without.sources.map((s) => s.repoPath)).toEqual([".next/standalone"]);

    const repo = repository([...built, "public/branding/logo.svg"]);
    const withPublic = resolveRuntime(parseDockerfile(text), repo, [], ["public/branding/logo.svg"]);
    expect(withPublic.problems).toEqual([]);
    assemble(withPublic, repo, join(repo, "image"));
    expect(existsSync(join(repo, "image/app/public/branding/logo.svg"))).toBe(true);
  });

  it("matches .dockerignore as Docker does: parents exclude children, a later ! brings a file back", () => {
    const patterns = [".env", ".env.*", "!.env.example", "node_modules", "*.tsbuildinfo"];
    expect(dockerignored(".env.local", patterns)).toBe(true);
    expect(dockerignored(".env.example", patterns)).toBe(false);
    expect(dockerignored("node_modules/next/package.json", patterns)).toBe(true);
    expect(dockerignored("tsconfig.tsbuildinfo", patterns)).toBe(true);
    expect(dockerignored("lib/x.tsbuildinfo", patterns)).toBe(false);
  });
});
