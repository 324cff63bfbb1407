"use client";

import { useEffect, useRef, useState } from "react";
import { KeyBlocks } from "@/components/keys/key-blocks";
import { RotationOffer } from "@/components/keys/rotation-offer";
import { formatCountdown, formatDuration } from "@/lib/i18n/format";
import { rotateForCaller } from "@/lib/rotation/actions";
import type { BarcodeSvg } from "@/lib/helpdesk/barcodes";
import { splitRecoveryPassword } from "@/lib/recovery-key/password";
import { Barcode } from "./barcode";
import type { HelpdeskT } from "./labels";
import { spellBlock } from "./spelled";

type Props = {
  locale: string;
  keyId: string;
  recoveryKey: string;
  /** IT has shown keys replaced (ROTATE_AFTER_REVEAL) this many minutes later at the latest; null when not. */
  rotateAfterMinutes: number | null;
  barcodes: { code128: BarcodeSvg; qr: BarcodeSvg };
  deviceName: string;
  autoHideSeconds: number;
  onHide: () => void;
  t: HelpdeskT;
};

/**
 * The key for the phone call: the block to read now, large, with its digits spelled out on
 * request and a "caller confirmed" step per block; the whole key beside it; and, for a scanner
 * at the locked PC, the key as a Code 128 barcode and a QR code. All of it goes with "Hide".
 */
export function KeyDisplay({
  locale,
  keyId,
  recoveryKey,
  rotateAfterMinutes,
  barcodes,
  deviceName,
  autoHideSeconds,
  onHide,
  t,
}: Props) {
  const blocks = splitRecoveryPassword(recoveryKey) ?? [];
  const [confirmed, setConfirmed] = useState(0);
  const [spelled, setSpelled] = useState(false);
  const [scan, setScan] = useState(false);
  const [hidesAt] = useState(() => Date.now() + autoHideSeconds * 1000);
  const [now, setNow] = useState(() => Date.now());
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (now >= hidesAt) onHide();
  }, [now, hidesAt, onHide]);
  useEffect(() => {
    window.addEventListener("pagehide", onHide);
    return () => window.removeEventListener("pagehide", onHide);
  }, [onHide]);

  const done = confirmed >= blocks.length;
  const current = blocks[confirmed] ?? "";
  const secondsLeft = Math.max(0, Math.ceil((hidesAt - now) / 1000));
  return (
    <section aria-labelledby="helpdesk-key-heading" className="space-y-4" data-testid="helpdesk-key">
      <h2 id="helpdesk-key-heading" ref={heading} tabIndex={-1} className="text-xl font-bold">
        {t("console.key.heading", { device: deviceName })}
      </h2>
      <div className="border-accent bg-surface space-y-3 rounded-lg border-2 p-4" data-testid="read-block">
        {done ? (
          <p role="status" className="text-ok font-semibold">
            {t("console.key.allConfirmed")}
          </p>
        ) : (
          <>
            <p className="text-muted text-sm font-semibold">
              {t("console.key.readBlock", { n: confirmed + 1, total: blocks.length })}
            </p>
            <p className="font-mono text-4xl font-bold tracking-widest tabular-nums" data-testid="current-block">
              {current}
            </p>
            {spelled ? (
              <p className="text-lg" data-testid="spelled-block">
                {spellBlock(current, t).join(" · ")}
              </p>
            ) : null}
            <div className="flex flex-wrap gap-2">
              <button type="button" className="btn-primary" onClick={() => setConfirmed(confirmed + 1)}>
                {t("console.key.confirmBlock", { n: confirmed + 1 })}
              </button>
              <button
                type="button"
                className="btn-secondary"
                aria-pressed={spelled}
                onClick={() => setSpelled(!spelled)}
              >
                {t("console.key.spell")}
              </button>
            </div>
          </>
        )}
        <p role="status" className="sr-only">
          {done ? "" : t("console.key.progress", { n: confirmed, total: blocks.length })}
        </p>
      </div>
      <KeyBlocks blocks={blocks} blockLabel={(n) => t("console.key.block", { n })} />
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" aria-expanded={scan} onClick={() => setScan(!scan)}>
          {scan ? t("console.key.hideScan") : t("console.key.showScan")}
        </button>
        {confirmed > 0 ? (
          <button type="button" className="btn-secondary" onClick={() => setConfirmed(0)}>
            {t("console.key.restart")}
          </button>
        ) : null}
        <button type="button" className="btn-secondary" onClick={onHide}>
          {t("console.key.hide")}
        </button>
      </div>
      {scan ? (
        <div className="space-y-3" data-testid="scan-codes">
          <p className="text-sm">{t("console.key.scanHint")}</p>
          <Barcode
            svg={barcodes.code128}
            label={t("console.key.code128")}
            testId="barcode-code128"
            className="h-20 w-full"
          />
          <Barcode svg={barcodes.qr} label={t("console.key.qr")} testId="barcode-qr" className="mx-auto h-48 w-48" />
        </div>
      ) : null}
      {rotateAfterMinutes === null ? null : (
        <RotationOffer
          keyId={keyId}
          request={rotateForCaller}
          labels={{
            heading: t("console.key.rotation.heading"),
            body: t("console.key.rotation.body", { duration: formatDuration(locale, rotateAfterMinutes * 60) }),
            confirm: t("console.key.rotation.confirm"),
            done: t("console.key.rotation.done"),
            failed: t("console.key.rotation.failed"),
          }}
        />
      )}
      <p className="text-muted text-sm" data-testid="helpdesk-hides-in">
        {t("console.key.hidesIn", { time: formatCountdown(secondsLeft) })}
      </p>
    </section>
  );
}
