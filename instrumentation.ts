/** Runs once when a KeyDesk server process starts, before it serves any request. */
export async function register() {
  // Which runtime Next.js is starting, not a setting: lib/env.ts has nothing to validate here.
  // eslint-disable-next-line no-restricted-syntax
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { releaseAbortReasonFrames } = await import("@/lib/runtime/abort-reasons");
  releaseAbortReasonFrames();
  const { env } = await import("@/lib/env");
  if (env().ROTATE_AFTER_REVEAL) (await import("@/lib/rotation/worker")).startRotationWorker();
}
