/**
 * `npm run doctor`: checks KeyDesk's configuration and what it points at, one line per check with
 * the fix. Exit code 1 when anything must be fixed.
 *
 *   npm run doctor                         # process.env plus the .env files Next.js would read
 *   npm run doctor -- --env-file prod.env  # only this file (plus process.env)
 *   npm run doctor -- --timeout 10000      # per network call, in milliseconds
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { envFilesFor, loadSettings } from "../lib/doctor/env-files";
import { formatReport } from "../lib/doctor/report";
import { exitCode, runDoctor } from "../lib/doctor/run";

const { values: args } = parseArgs({
  options: {
    "env-file": { type: "string", multiple: true },
    timeout: { type: "string", default: "5000" },
  },
});

async function main() {
  const files = args["env-file"] ?? envFilesFor(process.env.NODE_ENV ?? "production");
  const read = (file: string) => (existsSync(resolve(file)) ? readFileSync(resolve(file), "utf8") : null);
  const { source, read: used } = loadSettings(process.env, files, read);

  console.log(`KeyDesk doctor — settings from the environment${used.length ? ` and ${used.join(", ")}` : ""}\n`);
  const results = await runDoctor(source, { timeoutMs: Number(args.timeout) || 5000 });
  console.log(formatReport(results));
  process.exitCode = exitCode(results);
}

void main();
