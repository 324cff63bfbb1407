/** Liveness: the process answers. No configuration or upstream check here, by design. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
