import { describe, expect, it, vi } from "vitest";
import { keepScreenOn, type WakeLockState } from "./wake-lock";

function fakes(options: { supported?: boolean; refuse?: boolean } = {}) {
  const sentinels: { released: boolean; release: () => Promise<void> }[] = [];
  const request = vi.fn((type: "screen") => {
    void type;
    if (options.refuse) return Promise.reject(new Error("NotAllowedError"));
    const sentinel = {
      released: false,
      release: vi.fn(() => {
        sentinel.released = true;
        return Promise.resolve();
      }),
    };
    sentinels.push(sentinel);
    return Promise.resolve(sentinel);
  });
  let listener: (() => void) | null = null;
  const doc = {
    visibilityState: "visible",
    addEventListener: (_: "visibilitychange", l: () => void) => void (listener = l),
    removeEventListener: () => void (listener = null),
  };
  const nav = options.supported === false ? {} : { wakeLock: { request } };
  const states: WakeLockState[] = [];
  return { nav, doc, request, sentinels, states, fire: () => listener?.(), hasListener: () => listener !== null };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe("keeping the screen on while the key is typed", () => {
  it("asks for a screen wake lock and releases it when the view closes", async () => {
    const f = fakes();
    const stop = keepScreenOn(f.nav, f.doc, (s) => f.states.push(s));
    await settle();
    expect(f.request).toHaveBeenCalledWith("screen");
    expect(f.states).toEqual(["on"]);
    stop();
    expect(f.sentinels[0]?.released).toBe(true);
    expect(f.hasListener()).toBe(false);
  });

  it("asks again when the page is shown again after the browser dropped the lock", async () => {
    const f = fakes();
    const stop = keepScreenOn(f.nav, f.doc, (s) => f.states.push(s));
    await settle();
    f.sentinels[0]!.released = true; // the browser releases it when the page is hidden
    f.fire();
    await settle();
    expect(f.request).toHaveBeenCalledTimes(2);
    f.fire(); // still held: no third request
    expect(f.request).toHaveBeenCalledTimes(2);
    stop();
  });

  it("releases a lock granted only after the view has closed", async () => {
    const f = fakes();
    const stop = keepScreenOn(f.nav, f.doc, (s) => f.states.push(s));
    stop();
    await settle();
    expect(f.sentinels[0]?.released).toBe(true);
    expect(f.states).toEqual([]);
  });

  it("says so where the API does not exist or the browser refuses, and the view still works", async () => {
    const missing = fakes({ supported: false });
    keepScreenOn(missing.nav, missing.doc, (s) => missing.states.push(s))();
    expect(missing.states).toEqual(["unsupported"]);
    const refused = fakes({ refuse: true });
    const stop = keepScreenOn(refused.nav, refused.doc, (s) => refused.states.push(s));
    await settle();
    expect(refused.states).toEqual(["off"]);
    stop();
  });
});
