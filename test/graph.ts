import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import type { RunningEmulators } from "@/emulators/server";
import { GraphGateway } from "@/lib/graph/client";
import { GraphFailure } from "@/lib/graph/errors";
import type { RetryPolicy } from "@/lib/graph/retry-policy";
import { startTestEmulators } from "./emulators";

/** Retries that keep a test quick: the same rules as in production, with short waits. */
export const FAST_RETRY: RetryPolicy = { maxRetries: 3, budgetMs: 3_000, attemptTimeoutMs: 2_000, delaySeconds: 0.01 };

/**
 * The Graph emulator for one test file (started once, reset before each test), and a delegated
 * gateway to it for a person of the seed.
 */
export function graphEmulatorSuite() {
  let emu: RunningEmulators | undefined;
  beforeAll(async () => {
    emu = await startTestEmulators();
  });
  afterAll(() => emu?.stop());
  beforeEach(() => emu?.state.reset());
  const running = () => {
    if (!emu) throw new Error("the emulators start in beforeAll");
    return emu;
  };
  return {
    emu: running,
    gateway: async (upn: string, options: { scopes?: string[]; retry?: Partial<RetryPolicy> } = {}) =>
      new GraphGateway(await running().mintAccessToken(upn, options.scopes), {
        baseUrl: running().graphOrigin,
        retry: { ...FAST_RETRY, ...options.retry },
      }),
  };
}

/** The GraphFailure a call ends in (the test fails if it succeeds or throws anything else). */
export async function failureOf(promise: Promise<unknown>): Promise<GraphFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphFailure);
  return error as GraphFailure;
}
