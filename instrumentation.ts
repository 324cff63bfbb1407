/** Runs once when a KeyDesk server process starts, before it serves any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { releaseAbortReasonFrames } = await import("@/lib/runtime/abort-reasons");
  releaseAbortReasonFrames();
}
