"use client";

import { useEffect, useRef } from "react";

/**
 * Moves focus to the step heading when the step changes in place (client-side navigation), so
 * keyboard and screen-reader users continue at the new step. The first render leaves focus alone.
 */
export function StepFocus({ step, targetId }: { step: number | string; targetId: string }) {
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    document.getElementById(targetId)?.focus();
  }, [step, targetId]);
  return null;
}
