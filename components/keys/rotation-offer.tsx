"use client";

import { useState, useTransition } from "react";
import type { RotationRequestResult } from "@/lib/rotation/actions";

type Props = {
  keyId: string;
  /** The server action that asks for the rotation now: the person's, or the help-desk agent's. */
  request: (input: { keyId: string }) => Promise<RotationRequestResult>;
  labels: { heading: string; body: string; confirm: string; done: string; failed: string };
};

/**
 * Under a shown key when IT has KeyDesk replace shown keys (ROTATE_AFTER_REVEAL): says so, and
 * lets the person (or the agent who read it to them) say they are back in Windows, so that Intune
 * is asked now rather than later. Pressing it early does no harm: the PC makes its new key only
 * once it runs Windows again.
 */
export function RotationOffer({ keyId, request, labels }: Props) {
  const [state, setState] = useState<"idle" | "done" | "failed">("idle");
  const [pending, startTransition] = useTransition();
  function confirm() {
    startTransition(async () => {
      const result = await request({ keyId });
      setState(result.ok ? "done" : "failed");
    });
  }
  return (
    <section
      aria-labelledby="rotation-heading"
      className="border-line bg-surface space-y-2 rounded-lg border p-3 text-sm"
      data-testid="rotation-offer"
    >
      <h3 id="rotation-heading" className="font-semibold">
        {labels.heading}
      </h3>
      <p>{labels.body}</p>
      {state === "done" ? null : (
        <form action={confirm}>
          <button type="submit" className="btn-secondary" aria-disabled={pending || undefined} disabled={pending}>
            {labels.confirm}
          </button>
        </form>
      )}
      <p role="status" className={state === "idle" ? "sr-only" : "font-semibold"}>
        {state === "done" ? labels.done : state === "failed" ? labels.failed : ""}
      </p>
    </section>
  );
}
