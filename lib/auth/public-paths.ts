/**
 * What a signed-out visitor may open without being sent to sign in: the sign-in and signed-out
 * pages, the public guides (`/help`, `/it`), API routes (they read the session themselves), the
 * build's assets and the icons. Pages match whole path segments: `/help` is public, `/helpdesk`
 * (the console) is not, so its answers are never stored and an agent whose session ended is
 * asked to sign in rather than shown a 404 page.
 */
const PUBLIC_PAGES = ["/signin", "/signed-out", "/personal-account", "/help", "/it"];
const PUBLIC_TREES = ["/api/", "/_next/"];
/** `/favicon.ico`, `/icon.svg` and the like: files named after their stem. */
const PUBLIC_FILE = /^\/(?:favicon|icon)(?:[.-][^/]*)?$/;

export function isPublicPath(pathname: string): boolean {
  return (
    PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`)) ||
    PUBLIC_TREES.some((tree) => pathname.startsWith(tree)) ||
    PUBLIC_FILE.test(pathname)
  );
}
