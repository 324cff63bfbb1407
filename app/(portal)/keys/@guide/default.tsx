/** No guide is open: the key page alone. */
export default function NoGuide() {
  return null;
}
