import { parseEnv as parseDotenv } from "node:util";
import type { Source } from "./types";

/** The .env files `next start` / `next dev` read, most important first (process.env beats them all). */
export function envFilesFor(mode: string): string[] {
  return [`.env.${mode}.local`, ...(mode === "test" ? [] : [".env.local"]), `.env.${mode}`, ".env"];
}

/**
 * The settings the server would see: process.env over the .env files, the first file that sets a
 * variable winning, as in Next.js. Missing files are skipped; the ones read are reported.
 */
export function loadSettings(
  env: Source,
  files: readonly string[],
  read: (path: string) => string | null,
): { source: Source; read: string[] } {
  const merged: Source = {};
  const used: string[] = [];
  for (const file of [...files].reverse()) {
    const text = read(file);
    if (text === null) continue;
    used.unshift(file);
    Object.assign(merged, parseDotenv(text));
  }
  return {
    source: { ...merged, ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) },
    read: used,
  };
}
