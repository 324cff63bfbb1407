import { readiness } from "@/lib/limits/readiness";

export const dynamic = "force-dynamic";

/** Readiness: configuration valid, identity provider reachable, Redis answering when configured. */
export async function GET() {
  const checks = await readiness();
  const ok = checks.every((c) => c.ok);
  return Response.json(
    { status: ok ? "ready" : "not-ready", checks: checks.map(({ name, ok }) => ({ name, ok })) },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
