// One Lighthouse run, in plain Node: Lighthouse sends some of its own functions to the page as
// source text, and tsx's transform would add helpers to them that do not exist in the page.
//
//   node scripts/perf/lighthouse-run.mjs '{"url":"…","chromePath":"…","cookie":"…"}'  → JSON on stdout
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CATEGORIES = ["performance", "accessibility", "best-practices"];
const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "speed-index",
  "server-response-time",
];
const { url, chromePath, cookie } = JSON.parse(process.argv[2] ?? "{}");

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: CATEGORIES,
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  // An audit that cost points, with its first findings (e.g. which console error, which element).
  const describe = (audit) => {
    const items = (audit.details?.items ?? [])
      .slice(0, 3)
      .map((item) =>
        [item.description, item.sourceLocation?.url ?? item.url ?? item.node?.snippet].filter(Boolean).join(" "),
      );
    return `${audit.id} (${audit.displayValue || `score ${audit.score}`})${items.length ? `: ${items.join("; ")}` : ""}`;
  };
  const failing = (category) =>
    lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => describe(lhr.audits[ref.id]));
  const summary = {
    finalUrl: lhr.finalDisplayedUrl,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
    metricsMs: Object.fromEntries(METRICS.map((id) => [id, Math.round(lhr.audits[id]?.numericValue ?? NaN)])),
    failing: Object.fromEntries(CATEGORIES.map((c) => [c, failing(c)])),
  };
  process.stdout.write(JSON.stringify(summary));
} finally {
  chrome.kill();
}
