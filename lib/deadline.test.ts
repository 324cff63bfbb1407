import { afterEach, describe, expect, it, vi } from "vitest";
import { withDeadline } from "./deadline";

afterEach(() => vi.useRealTimers());

describe("withDeadline", () => {
  it("aborts work that outlives the deadline with a TimeoutError", async () => {
    const never = (signal: AbortSignal) =>
      new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason as Error)));
    await expect(withDeadline(20, never)).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("leaves no timer behind once the work has finished", async () => {
    vi.useFakeTimers();
    let seen: AbortSignal | undefined;
    await expect(withDeadline(10_000, (signal) => ((seen = signal), Promise.resolve("done")))).resolves.toBe("done");
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(20_000);
    expect(seen?.aborted).toBe(false);
  });

  it("clears the timer when the work fails too", async () => {
    vi.useFakeTimers();
    await expect(withDeadline(10_000, () => Promise.reject(new Error("refused")))).rejects.toThrow("refused");
    expect(vi.getTimerCount()).toBe(0);
  });
});
