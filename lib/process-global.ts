/**
 * One value per server process. The proxy and the pages are separate bundles with their own
 * copies of every module, so state they must share (refreshes in flight, rate limiters) is
 * kept on globalThis under a KeyDesk name.
 */
export function processGlobal<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as Record<string, unknown>;
  const key = `__keydesk_${name}`;
  store[key] ??= create();
  return store[key] as T;
}
