import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonFrames } from "./abort-reasons";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** An Error created in a method of an object, the way React creates its render-completed abort reason. */
function errorMadeBy(): { error: Error; maker: WeakRef<object> } {
  const maker = {
    payload: new Array(10_000).fill("render"),
    finish() {
      return new Error("This render completed successfully.");
    },
  };
  return { error: maker.finish(), maker: new WeakRef(maker) };
}

const collected = async (ref: WeakRef<object>) => {
  for (let i = 0; i < 5 && ref.deref(); i++) {
    await new Promise((done) => setImmediate(done));
    gc();
  }
  return ref.deref() === undefined;
};

describe("abort reasons", () => {
  it("an unread Error keeps the object whose method created it alive (the mechanism behind the leak)", async () => {
    const { error, maker } = errorMadeBy();
    expect(await collected(maker)).toBe(false);
    expect(error.message).toContain("completed");
  });

  it("once patched, aborting with an Error lets that object go", async () => {
    releaseAbortReasonFrames();
    const { error, maker } = errorMadeBy();
    const controller = new AbortController();
    controller.abort(error);
    expect(controller.signal.reason).toBe(error);
    expect(await collected(maker)).toBe(true);
  });

  it("still aborts with any reason, and patches only once", () => {
    releaseAbortReasonFrames();
    releaseAbortReasonFrames();
    const controller = new AbortController();
    const events: unknown[] = [];
    controller.signal.addEventListener("abort", () => events.push(controller.signal.reason));
    controller.abort("plain reason");
    expect(events).toEqual(["plain reason"]);
    const timeoutLike = new AbortController();
    timeoutLike.abort();
    expect(timeoutLike.signal.reason).toBeInstanceOf(DOMException);
  });
});
