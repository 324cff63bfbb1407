const PATCHED = Symbol.for("keydesk.abortReasonStacks");

/**
 * Makes every Error that aborts an AbortController give up the frames it captured.
 *
 * An Error keeps the frames of its stack — including the `this` of each call — until its
 * `.stack` is first read. React's server renderer aborts every finished render's cache signal
 * with such an Error, created inside a `setImmediate` callback, so the Error keeps that Immediate
 * alive. Node does not unlink Immediates that have run, so one kept Immediate keeps every other
 * Immediate of its batch, and each of those keeps the request context it was scheduled in (the
 * whole render, with the next abort Error). Under load the chain grows without end: about
 * 60 kB per signed-in page on Node 20, until the heap runs out (docs/perf.md; upstream:
 * react/react#37288, fix proposed in #37289). Reading `.stack` turns the frames into a string,
 * which breaks the chain at its first link.
 */
export function releaseAbortReasonFrames(): void {
  const proto = AbortController.prototype as AbortController & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const abort = Object.getOwnPropertyDescriptor(AbortController.prototype, "abort")?.value as (
    this: AbortController,
    reason?: unknown,
  ) => void;
  proto.abort = function (this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    abort.call(this, reason);
  };
  proto[PATCHED] = true;
}
