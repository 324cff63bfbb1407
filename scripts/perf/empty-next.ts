/**
 * The budget's yardstick: a throw-away, empty Next.js App Router app with the same `next`,
 * `react` and `react-dom` as KeyDesk, built and started outside the repository.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { log, onCleanup, root } from "./stack";

const version = (pkg: string) =>
  (JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;

const FILES: Record<string, string> = {
  "app/layout.jsx":
    'export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  "app/page.jsx": "export default function Page() {\n  return <main>Empty page</main>;\n}\n",
  // The throughput yardstick: the same empty page, rendered on every request like KeyDesk's pages.
  "app/dynamic/page.jsx":
    'import { connection } from "next/server";\n\nexport default async function Page() {\n  await connection();\n  return <main>Empty page</main>;\n}\n',
  // node_modules is a link into KeyDesk's, which lies outside this app: let Turbopack read it.
  "next.config.mjs": 'export default { turbopack: { root: "/" } };\n',
};

/** Builds and starts the empty app on `port`; returns its URL (`/` is static, `/dynamic` renders per request). */
export async function startEmptyNextApp(port: number): Promise<{ url: string; versions: Record<string, string> }> {
  const dir = mkdtempSync(join(tmpdir(), "keydesk-empty-next-"));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const versions = { next: version("next"), react: version("react"), "react-dom": version("react-dom") };
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "empty-next", private: true, dependencies: versions }, null, 2),
  );
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");

  const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  log(`building an empty Next.js ${versions.next} app in ${dir}…`);
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: dir, env, stdio: ["ignore", 2, 2] });
  if (build.status !== 0) throw new Error(`next build of the empty app failed (exit ${build.status})`);

  const server = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", "localhost"], {
    cwd: dir,
    env,
    stdio: "ignore",
    detached: true,
  });
  onCleanup(() => {
    try {
      if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  });
  const url = `http://localhost:${port}/`;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, versions };
    if (server.exitCode !== null) break;
    await new Promise((done) => setTimeout(done, 300));
  }
  throw new Error("the empty Next.js app did not start");
}
