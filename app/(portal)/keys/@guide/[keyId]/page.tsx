/**
 * On a key page the guide slot is empty. The slot needs a page of its own here: a client-side
 * navigation back to the key would otherwise keep the last guide open.
 */
export default function NoGuideOnKeyPage() {
  return null;
}
