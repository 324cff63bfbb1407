import "server-only";
import { processGlobal } from "@/lib/process-global";
import { runDueRotations } from "./rotation";

/** How often each instance looks for rotations that are due: one Redis query, or a look at memory. */
const LOOK_EVERY_MS = 5_000;

/** Starts this process's look at the rotation queue (ROTATE_AFTER_REVEAL); once per process. */
export function startRotationWorker(): void {
  processGlobal("rotation-worker", () => {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      runDueRotations()
        .catch((error: unknown) =>
          console.warn(
            JSON.stringify({
              event: "rotation_worker_error",
              reason: error instanceof Error ? error.message : String(error),
            }),
          ),
        )
        .finally(() => (running = false));
    }, LOOK_EVERY_MS);
    timer.unref();
    return timer;
  });
}
