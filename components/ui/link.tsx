import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Next.js's Link, without prefetching. Every KeyDesk page is rendered per request (a fresh CSP
 * nonce, the signed-in user), so a prefetch buys little, but it costs a server round trip for
 * every link that scrolls into view: a device list with a dozen keys made the browser send some
 * fifteen requests nobody asked for — on the mass-lockout day, many times the real traffic.
 * Navigation stays client-side; it simply starts on click.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
