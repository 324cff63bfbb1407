"use client";

import { useEffect, useState, useTransition } from "react";
import Link from "@/components/ui/link";
import { checkReplacedAfterReveal } from "@/lib/portal/replaced-check";
import type { ReplacedAfterReveal } from "@/lib/portal/rotation";

type Props = {
  keyId: string;
  /** What the server found when it rendered the page (after a reveal recorded earlier). */
  initial: ReplacedAfterReveal | null;
  labels: { title: string; body: string; link: string };
};

/**
 * "Windows has replaced this key": after a reveal, Windows may back up a new key once the PC
 * started with this one (where IT rotates keys), and this one stops working. The person is
 * usually away at the PC meanwhile, so the page asks again whenever they come back to it.
 */
export function ReplacedNotice({ keyId, initial, labels }: Props) {
  const [replaced, setReplaced] = useState(initial);
  const [, startTransition] = useTransition();

  useEffect(() => {
    const check = () => {
      if (document.visibilityState !== "visible") return;
      startTransition(async () => {
        const found = await checkReplacedAfterReveal(keyId);
        // Once replaced, always replaced: a failed check does not take the notice away.
        if (found) setReplaced(found);
      });
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) check();
    };
    document.addEventListener("visibilitychange", check);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      document.removeEventListener("visibilitychange", check);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [keyId]);

  if (!replaced) return null;
  // An alert: it appears while the person is looking at the page again, and must be heard.
  return (
    <div
      role="alert"
      className="border-danger/60 bg-surface space-y-2 rounded-lg border-2 p-4"
      data-testid="replaced-after-reveal"
    >
      <p className="text-lg font-bold">{labels.title}</p>
      <p>{labels.body}</p>
      <Link className="btn-primary" href={`/keys/${replaced.newestId}`}>
        {labels.link}
      </Link>
    </div>
  );
}
