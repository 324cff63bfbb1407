/**
 * What the portal itself logged during a measurement: reveal audit events by outcome and Graph
 * failures by operation and kind (JSON lines on the server's stdout).
 */
import { readFileSync, statSync } from "node:fs";

type LogLine = { event?: string; outcome?: string; operation?: string; kind?: string };

export function logWindow(file: string) {
  const from = statSync(file).size;
  return () => {
    const text = readFileSync(file).subarray(from).toString("utf8");
    const reveals: Record<string, number> = {};
    const graphFailures: Record<string, number> = {};
    let serverErrors = 0;
    let fatal: string | null = null;
    for (const line of text.split("\n")) {
      if (!line.startsWith("{")) {
        if (/FATAL ERROR/.test(line)) fatal ??= line.trim();
        if (/\b(Error|TypeError|Unhandled)\b/.test(line)) serverErrors++;
        continue;
      }
      let entry: LogLine;
      try {
        entry = JSON.parse(line) as LogLine;
      } catch {
        continue;
      }
      if (entry.event === "recovery_key.reveal" && entry.outcome)
        reveals[entry.outcome] = (reveals[entry.outcome] ?? 0) + 1;
      if (entry.event === "graph_failure") {
        const key = `${entry.operation}:${entry.kind}`;
        graphFailures[key] = (graphFailures[key] ?? 0) + 1;
      }
    }
    return { reveals, graphFailures, errorLines: serverErrors, fatal };
  };
}
