/**
 * JavaScript and CSS bytes a page makes Chromium transfer (compressed, as on the wire), from the
 * DevTools protocol: `Network.loadingFinished.encodedDataLength` of every script and stylesheet.
 */
import type { Browser, BrowserContext } from "@playwright/test";

export type Resource = { url: string; type: string; bytes: number };
export type Transfer = {
  url: string;
  jsBytes: number;
  cssBytes: number;
  jsFiles: number;
  cssFiles: number;
  largestJs: { file: string; bytes: number }[];
  resources: Resource[];
};

const shortName = (url: string) => new URL(url).pathname.replace(/^\/_next\/static\//, "");

/** Loads `url` in a fresh context (empty cache; the session of `signedIn`, if given) until the network is idle. */
export async function measureTransfer(browser: Browser, url: string, signedIn?: BrowserContext): Promise<Transfer> {
  const context = await browser.newContext({
    locale: "en-US",
    ...(signedIn ? { storageState: await signedIn.storageState() } : {}),
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const seen = new Map<string, { url: string; type: string }>();
    const resources: Resource[] = [];
    cdp.on("Network.responseReceived", (event) =>
      seen.set(event.requestId, { url: event.response.url, type: event.type }),
    );
    cdp.on("Network.loadingFinished", (event) => {
      const resource = seen.get(event.requestId);
      if (resource) resources.push({ ...resource, bytes: event.encodedDataLength });
    });
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    if (new URL(page.url()).pathname !== new URL(url).pathname) throw new Error(`${url} redirected to ${page.url()}`);
    const scripts = resources.filter((r) => r.type === "Script");
    const styles = resources.filter((r) => r.type === "Stylesheet");
    const sum = (list: Resource[]) => list.reduce((total, r) => total + r.bytes, 0);
    return {
      url,
      jsBytes: sum(scripts),
      cssBytes: sum(styles),
      jsFiles: scripts.length,
      cssFiles: styles.length,
      largestJs: [...scripts]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 5)
        .map((r) => ({ file: shortName(r.url), bytes: r.bytes })),
      resources,
    };
  } finally {
    await context.close();
  }
}
