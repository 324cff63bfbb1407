/** The parts of the Screen Wake Lock API (and of the document) that keeping the screen on needs. */
type Sentinel = { released: boolean; release: () => Promise<void> };
type WakeLockNavigator = { wakeLock?: { request: (type: "screen") => Promise<Sentinel> } };
type VisibilityDocument = {
  visibilityState: string;
  addEventListener: (type: "visibilitychange", listener: () => void) => void;
  removeEventListener: (type: "visibilitychange", listener: () => void) => void;
};

export type WakeLockState = "unsupported" | "on" | "off";

/**
 * Keeps the screen on while someone types the key into another machine, where the Screen Wake
 * Lock API exists. The browser drops the lock when the page is hidden, so it is asked for again
 * when the page is visible again. Returns a function that releases it for good.
 */
export function keepScreenOn(
  nav: WakeLockNavigator,
  doc: VisibilityDocument,
  onChange: (state: WakeLockState) => void,
): () => void {
  const api = nav.wakeLock;
  if (!api) {
    onChange("unsupported");
    return () => undefined;
  }
  let sentinel: Sentinel | null = null;
  let stopped = false;
  const request = () => {
    api.request("screen").then(
      (lock) => {
        if (stopped) return void lock.release().catch(() => undefined);
        sentinel = lock;
        onChange("on");
      },
      // Refused (battery saver, a page not visible, a permissions policy): the key still works.
      () => onChange("off"),
    );
  };
  const onVisibility = () => {
    if (doc.visibilityState === "visible" && (sentinel === null || sentinel.released)) request();
  };
  doc.addEventListener("visibilitychange", onVisibility);
  request();
  return () => {
    stopped = true;
    doc.removeEventListener("visibilitychange", onVisibility);
    if (sentinel && !sentinel.released) void sentinel.release().catch(() => undefined);
    sentinel = null;
  };
}
