/**
 * The key page's own slot while a guide is intercepted. Only the server's tree needs it: on a
 * client-side navigation to a guide, the router keeps the key page that is already on screen.
 */
export default function KeyPageKept() {
  return null;
}
